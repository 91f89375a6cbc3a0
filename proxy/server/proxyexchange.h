#pragma once

#include "server/clientstream.h"
#include "server/requestrecord.h"
#include "upstream/upstreamfailure.h"
#include "upstream/upstreamcredentials.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class CredentialProvider;
class HttpResponder;
class UpstreamClient;
class UpstreamRequest;

// One client request carried through to the Codex backend and back, with the fault policy of the protocol
// contract (section 6): retries with backoff while nothing has reached the client, one retry without reasoning
// items after invalid_encrypted_content, one token refresh and retry after a 401, a move to the next account
// after usage_limit_reached when rotation is on, an `error` event (never a fake end of turn) once output has started,
// and the upstream request aborted the moment the client goes away. Deletes itself when done.
class ProxyExchange : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyExchange)

public:
    using StreamFactory = std::function<std::unique_ptr<ClientStream>()>;

    struct Params
    {
        HttpResponder *responder = nullptr;
        UpstreamClient *upstream = nullptr;
        CredentialProvider *credentials = nullptr;
        QJsonObject body;      // translated Responses request
        QString sessionId;     // session_id header (= prompt_cache_key)
        bool streaming = false;
        ApiError::Flavor flavor = ApiError::Flavor::Anthropic; // for errors before a stream exists
        StreamFactory makeStream;
        RequestRecord record;  // pre-filled: method, path, models
        // Optional: takes the client over after usage_limit_reached when no other account can serve it (a
        // fallback provider); false when it declined.
        std::function<bool(HttpResponder *responder)> usageLimitFallback;
    };

    explicit ProxyExchange(Params params, QObject *parent = nullptr);
    ~ProxyExchange() override;

    void start();
    // The proxy is going away (quit, listener restart): ends the exchange at once without retrying. A client that
    // has seen output gets an in-stream `error` event, never a clean end of turn; otherwise `failure` as an HTTP
    // error.
    void shutdown(const UpstreamFailure &failure);

Q_SIGNALS:
    void finished(const RequestRecord &record);
    // Response headers of each upstream reply (quota headers live there).
    void upstreamHeaders(const QString &accountLabel, const QList<QNetworkReply::RawHeaderPair> &headers);

private:
    void attempt();
    void onCredentials(const UpstreamCredentials &credentials);
    void onEvent(const ResponsesEvent &event);
    void onUpstreamFailed(const UpstreamFailure &failure);
    void onUpstreamFinished();
    void onClientGone();
    void afterStreamProgress(bool flush = true);
    bool clientSawOutput() const;
    bool retryIfPossible(const UpstreamFailure &failure);
    bool handOverToFallback();
    void sendError(const ApiError &error);
    void flushToClient();
    void complete();

    Params m_params;
    QPointer<HttpResponder> m_responder;
    std::unique_ptr<ClientStream> m_stream;
    UpstreamRequest *m_request = nullptr;
    UpstreamCredentials m_credentials;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    int m_attempts = 0;
    bool m_strippedReasoning = false;
    bool m_refreshedAfterUnauthorized = false;
    int m_accountMoves = 0;
    bool m_done = false;
};
