#include "providersclient.h"

#include "server/managementapi.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {
// Longer than the proxy's own wait for a provider's /models (15 s) and its keychain calls, so a slow provider
// gives the provider's error rather than ours.
constexpr int TimeoutSeconds = 30;
const QString ProvidersPath = QStringLiteral("/settings/providers");
const QString HaikuPath = QStringLiteral("/settings/haiku-model");
} // namespace

ProvidersClient::ProvidersClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // The proxy is on this machine: an http_proxy from the environment must not get these requests (or the key).
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void ProvidersClient::setConnection(const QString &proxyUrl, const QByteArray &managementKey)
{
    m_baseUrl = proxyUrl;
    while (m_baseUrl.endsWith(QLatin1Char('/')))
        m_baseUrl.chop(1);
    m_key = managementKey;
}

void ProvidersClient::listProviders(Callback done)
{
    call(ProvidersPath, QJsonObject(), std::move(done));
}

void ProvidersClient::addProvider(const QJsonObject &provider, const QString &apiKey, Callback done)
{
    QJsonObject body{{QStringLiteral("action"), QStringLiteral("add")}, {QStringLiteral("provider"), provider}};
    if (!apiKey.isEmpty())
        body.insert(QStringLiteral("apiKey"), apiKey);
    call(ProvidersPath, body, std::move(done));
}

void ProvidersClient::removeProvider(const QString &id, Callback done)
{
    call(ProvidersPath, {{QStringLiteral("action"), QStringLiteral("remove")}, {QStringLiteral("id"), id}},
         std::move(done));
}

void ProvidersClient::testProvider(const QString &id, Callback done)
{
    call(ProvidersPath, {{QStringLiteral("action"), QStringLiteral("test")}, {QStringLiteral("id"), id}},
         std::move(done));
}

void ProvidersClient::testDraft(const QJsonObject &provider, const QString &apiKey, Callback done)
{
    call(ProvidersPath,
         {{QStringLiteral("action"), QStringLiteral("test")},
          {QStringLiteral("provider"), provider},
          {QStringLiteral("apiKey"), apiKey}},
         std::move(done));
}

void ProvidersClient::routeHaikuTo(const QString &model, Callback done)
{
    call(HaikuPath, {{QStringLiteral("haikuKiloModel"), model}, {QStringLiteral("routeHaiku"), true}},
         std::move(done));
}

void ProvidersClient::routeHaikuToChatGpt(Callback done)
{
    call(HaikuPath, {{QStringLiteral("routeHaiku"), false}}, std::move(done));
}

void ProvidersClient::call(const QString &path, const QJsonObject &body, Callback done)
{
    if (!hasConnection()) {
        Reply notRunning;
        notRunning.error = tr("Codex Bridge is not running; providers can be managed once it has started.");
        // Answered later all the same, so callers see one order of events whether the proxy runs or not.
        QMetaObject::invokeMethod(this, [done = std::move(done), notRunning] { done(notRunning); },
                                  Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setRawHeader(ManagementApi::KeyHeader, m_key);
    request.setTransferTimeout(TimeoutSeconds * 1000);
    QNetworkReply *reply = nullptr;
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    } else {
        reply = m_network->get(request);
    }
    // The reply belongs to the network manager, a child of this object: gone with it, and the callback with it.
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        done(replyOf(reply));
    });
}

ProvidersClient::Reply ProvidersClient::replyOf(QNetworkReply *reply) const
{
    Reply result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (result.httpStatus == 0) {
        if (reply->error() == QNetworkReply::TimeoutError || reply->error() == QNetworkReply::OperationCanceledError)
            result.error = tr("Codex Bridge did not answer within %n second(s).", nullptr, TimeoutSeconds);
        else
            result.error = tr("Codex Bridge does not answer at %1 (%2). Is it running?")
                               .arg(m_baseUrl, reply->errorString());
        return result;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    result.json = doc.object();
    if (result.httpStatus >= 200 && result.httpStatus < 300 && doc.isObject()) {
        result.ok = true;
        return result;
    }
    // The proxy's errors: {"type":"error","error":{"type","message"},"success":false}.
    result.error = result.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    if (result.error.isEmpty())
        result.error = result.json.value(QLatin1String("message")).toString();
    if (result.error.isEmpty())
        result.error = tr("Codex Bridge answered with HTTP status %1.").arg(result.httpStatus);
    return result;
}
