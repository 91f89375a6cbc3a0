#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// The running proxy's provider routes (/settings/providers, /settings/haiku-model; ProviderSettingsApi) for the
// settings window. Asynchronous: every call returns at once and its callback runs later on this thread, so the
// window never waits on the network. Requests carry the management key (X-Codex-Bridge-Key), like the CLI's.
// An API key handed to addProvider()/testDraft() goes into that one request body and is kept nowhere else.
class ProvidersClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersClient)

public:
    struct Reply
    {
        bool ok = false;  // the proxy answered 2xx with a JSON object
        int httpStatus = 0; // 0: no HTTP answer (proxy down, timeout)
        QJsonObject json;
        QString error;    // readable (translated) text when !ok: the proxy's own message or why it did not answer
    };
    using Callback = std::function<void(const Reply &)>;

    explicit ProvidersClient(QObject *parent = nullptr);

    // Where the proxy listens ("http://127.0.0.1:8081") and its management key; an empty URL: not running.
    void setConnection(const QString &proxyUrl, const QByteArray &managementKey);
    bool hasConnection() const { return !m_baseUrl.isEmpty(); }
    QString proxyUrl() const { return m_baseUrl; }

    void listProviders(Callback done);
    // `provider`: {name, baseUrl, models?}; an empty `apiKey` adds the provider without one (local servers).
    void addProvider(const QJsonObject &provider, const QString &apiKey, Callback done);
    void removeProvider(const QString &id, Callback done);
    // Fetches the provider's /models through the proxy. The reply's json has "success" and, on failure,
    // "message"; a stored provider's model list is updated by the proxy on success.
    void testProvider(const QString &id, Callback done);
    void testDraft(const QJsonObject &provider, const QString &apiKey, Callback done);
    // "<provider id>/<model>" with routeHaiku on, or routeHaiku off (the model is then left as it is).
    void routeHaikuTo(const QString &model, Callback done);
    void routeHaikuToChatGpt(Callback done);

private:
    // An empty body: GET, else POST.
    void call(const QString &path, const QJsonObject &body, Callback done);
    Reply replyOf(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    QString m_baseUrl;
    QByteArray m_key;
};
