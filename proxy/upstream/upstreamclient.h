#pragma once

#include "upstream/upstreamconfig.h"
#include "upstream/upstreamcredentials.h"
#include "upstream/upstreamfailure.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;
class UpstreamRequest;

// The proxy's connection to the Codex backend. Lives on the proxy thread (its QNetworkAccessManager must be
// used from the thread that created it) and keeps connections alive across requests.
class UpstreamClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamClient)

public:
    explicit UpstreamClient(const UpstreamConfig &config, QObject *parent = nullptr);
    ~UpstreamClient() override;

    const UpstreamConfig &config() const { return m_config; }

    // A new, not yet started, model-turn request owned by `owner`.
    UpstreamRequest *createResponsesRequest(const UpstreamCredentials &credentials, const QString &sessionId,
                                            const QByteArray &body, QObject *owner);

    using JsonCallback = std::function<void(const QByteArray &body, const UpstreamFailure *failure)>;
    // GET {base}/models?client_version=..; the callback gets the body, or a failure.
    void fetchModels(const UpstreamCredentials &credentials, JsonCallback callback);
    // GET {base minus /codex}/wham/usage (quota, codex-protocol.md section 8); same headers as fetchModels.
    void fetchUsage(const UpstreamCredentials &credentials, JsonCallback callback);

private:
    void getJson(const QUrl &url, const UpstreamCredentials &credentials, JsonCallback callback);

    UpstreamConfig m_config;
    QNetworkAccessManager *m_network;
};
