#include "proxyexchange.h"

#include "anthropic/anthropicrequesttranslator.h"
#include "core/loggingcategories.h"
#include "http/httpresponder.h"
#include "server/credentialprovider.h"
#include "upstream/upstreamclient.h"
#include "upstream/upstreamrequest.h"

#include <QJsonDocument>

namespace {
// Must not be below the server's high-water mark, or drained() (sent once pending output fell below the
// low-water mark after exceeding the high-water mark) would never come.
constexpr qint64 HighWaterBytes = 4ll * 1024 * 1024;
// Bounds how often one request moves to another account after usage_limit_reached (each move cools an account
// down, so this is only a guard against a loop).
constexpr int MaxAccountMoves = 16;
} // namespace

ProxyExchange::ProxyExchange(Params params, QObject *parent)
    : QObject(parent)
    , m_params(std::move(params))
    , m_responder(m_params.responder)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ProxyExchange::attempt);
    if (m_responder) {
        connect(m_responder, &HttpResponder::clientDisconnected, this, &ProxyExchange::onClientGone);
        connect(m_responder, &HttpResponder::drained, this, [this] {
            if (m_request)
                m_request->setPaused(false);
        });
    }
}

ProxyExchange::~ProxyExchange() = default;

void ProxyExchange::start()
{
    m_clock.start();
    m_params.record.streamed = m_params.streaming;
    attempt();
}

void ProxyExchange::attempt()
{
    if (m_done)
        return;
    ++m_attempts;
    QPointer<ProxyExchange> self(this);
    m_params.credentials->acquire(m_params.sessionId, [self](const CredentialProvider::Result &result) {
        if (!self || self->m_done)
            return;
        if (result.error) {
            // Every account is cooling down after its usage limit: the fallback provider may still serve.
            if (result.error->status == 429 && self->handOverToFallback())
                return;
            self->sendError(*result.error);
            return;
        }
        self->onCredentials(*result.credentials);
    });
}

bool ProxyExchange::handOverToFallback()
{
    if (!m_params.usageLimitFallback || !m_responder || m_responder->hasStarted() || m_responder->isFinished()
        || !m_params.usageLimitFallback(m_responder))
        return false;
    // The fallback provider has the client now; this exchange only records what the subscription answered.
    disconnect(m_responder, nullptr, this, nullptr);
    m_responder = nullptr;
    m_params.record.status = 429;
    complete();
    return true;
}

void ProxyExchange::onCredentials(const UpstreamCredentials &credentials)
{
    m_credentials = credentials;
    m_params.record.account = credentials.accountLabel;
    m_stream = m_params.makeStream();
    if (m_request) {
        m_request->abort();
        m_request->deleteLater();
    }
    m_request = m_params.upstream->createResponsesRequest(
        credentials, m_params.sessionId, QJsonDocument(m_params.body).toJson(QJsonDocument::Compact), this);
    connect(m_request, &UpstreamRequest::eventReceived, this, &ProxyExchange::onEvent);
    connect(m_request, &UpstreamRequest::eventsDelivered, this, [this] {
        if (!m_done && m_stream && m_params.streaming)
            flushToClient();
    });
    connect(m_request, &UpstreamRequest::failed, this, &ProxyExchange::onUpstreamFailed);
    connect(m_request, &UpstreamRequest::finished, this, &ProxyExchange::onUpstreamFinished);
    connect(m_request, &UpstreamRequest::headersReceived, this,
            [this](int, const QList<QNetworkReply::RawHeaderPair> &headers) {
                Q_EMIT upstreamHeaders(m_credentials.accountLabel, headers);
            });
    m_request->start();
}

void ProxyExchange::onEvent(const ResponsesEvent &event)
{
    if (m_done || !m_stream || m_stream->isTerminated())
        return;
    m_stream->feed(event);
    // Output is handed to the client once per network read (eventsDelivered), not once per event.
    afterStreamProgress(false);
}

bool ProxyExchange::clientSawOutput() const
{
    return m_responder && m_responder->hasStarted();
}

void ProxyExchange::afterStreamProgress(bool flush)
{
    if (m_stream->hasFailed() && !clientSawOutput()) {
        // Nothing reached the client: a real HTTP status (or a retry) is still possible.
        const UpstreamFailure failure = m_stream->failure();
        if (m_request)
            m_request->abort();
        if (!retryIfPossible(failure))
            sendError(failure.toApiError());
        return;
    }
    if (m_params.streaming && (flush || m_stream->isTerminated()))
        flushToClient();
    if (m_stream->isTerminated()) {
        if (m_request)
            m_request->abort();
        complete();
    }
}

void ProxyExchange::flushToClient()
{
    if (!m_responder)
        return;
    const QByteArray sse = m_stream->takeSse();
    if (sse.isEmpty())
        return;
    if (!m_responder->hasStarted()) {
        m_responder->beginStream(200, QByteArrayLiteral("text/event-stream; charset=utf-8"));
        m_params.record.status = 200;
        m_params.record.firstByteMs = m_clock.elapsed();
    }
    m_responder->writeChunk(sse);
    // The client reads slower than upstream writes: stop reading upstream until the socket drains.
    if (m_request && !m_stream->isTerminated() && m_responder->pendingBytes() > HighWaterBytes)
        m_request->setPaused(true);
}

void ProxyExchange::onUpstreamFailed(const UpstreamFailure &failure)
{
    if (m_done || !m_stream)
        return;
    if (!clientSawOutput()) {
        if (retryIfPossible(failure))
            return;
        sendError(failure.toApiError());
        return;
    }
    m_stream->fail(failure);
    afterStreamProgress();
    if (!m_done)
        complete();
}

void ProxyExchange::shutdown(const UpstreamFailure &failure)
{
    if (m_done)
        return;
    if (m_request)
        m_request->abort();
    if (!m_stream || !clientSawOutput()) {
        sendError(failure.toApiError());
        return;
    }
    m_stream->fail(failure);
    afterStreamProgress();
    if (!m_done)
        complete();
}

void ProxyExchange::onUpstreamFinished()
{
    if (m_done || !m_stream)
        return;
    if (!m_stream->isTerminated())
        m_stream->finish();
    if (m_stream->hasFailed() && !clientSawOutput()) {
        // Ended without a terminal event before any output: worth another attempt.
        UpstreamFailure failure = m_stream->failure();
        if (failure.code.isEmpty() && failure.httpStatus == 0)
            failure = UpstreamFailure::network(tr("the upstream stream ended without a terminal event"));
        if (!retryIfPossible(failure))
            sendError(failure.toApiError());
        return;
    }
    afterStreamProgress();
    if (!m_done)
        complete();
}

bool ProxyExchange::retryIfPossible(const UpstreamFailure &failure)
{
    if (m_responder && m_responder->hasStarted())
        return false;
    const auto kind = failure.kind();
    if (kind == UpstreamFailure::Kind::InvalidEncryptedContent && !m_strippedReasoning) {
        // Reasoning from another account or an old session cannot be decrypted: drop it and try once more.
        m_strippedReasoning = true;
        m_params.body = AnthropicRequestTranslator::withoutReasoning(m_params.body);
        qCInfo(lcProxy) << "retrying without reasoning items after invalid_encrypted_content";
        m_retryTimer.start(0);
        return true;
    }
    if (kind == UpstreamFailure::Kind::Unauthorized && !m_refreshedAfterUnauthorized) {
        // The access token was revoked or expired early: refresh once (single-flight per account), retry once.
        // A second 401 falls through to the client as authentication_error.
        m_refreshedAfterUnauthorized = true;
        qCInfo(lcProxy).noquote() << "upstream answered 401 for account" << m_credentials.accountLabel
                                  << "- refreshing its token and retrying once";
        QPointer<ProxyExchange> self(this);
        m_params.credentials->refreshAfterUnauthorized(m_credentials, [self](const CredentialProvider::Result &result) {
            // Queued: this may run inside the failed request's own signal.
            QMetaObject::invokeMethod(
                self, [self, result] {
                    if (!self || self->m_done)
                        return;
                    if (result.error) {
                        self->sendError(*result.error);
                        return;
                    }
                    ++self->m_attempts;
                    self->onCredentials(*result.credentials);
                },
                Qt::QueuedConnection);
        });
        return true;
    }
    if (kind == UpstreamFailure::Kind::UsageLimit && m_accountMoves < MaxAccountMoves
        && m_params.credentials->reportUsageLimit(m_credentials, failure)) {
        // Rotation is on: the account cools down and the same request moves to the next usable one.
        ++m_accountMoves;
        qCInfo(lcProxy).noquote() << "account" << m_credentials.accountLabel
                                  << "reached its usage limit; moving the request to the next account";
        m_retryTimer.start(0);
        return true;
    }
    if (kind == UpstreamFailure::Kind::UsageLimit && handOverToFallback())
        return true;
    const int maxAttempts = 1 + m_params.upstream->config().maxRetries;
    if (!failure.isRetryableBeforeOutput() || m_attempts >= maxAttempts)
        return false;
    const int delay = m_params.upstream->config().retryBaseDelayMs * (1 << (m_attempts - 1));
    qCInfo(lcProxy).noquote() << "upstream attempt" << m_attempts << "failed (" << failure.code << failure.httpStatus
                              << "), retrying in" << delay << "ms";
    m_retryTimer.start(delay);
    return true;
}

void ProxyExchange::sendError(const ApiError &error)
{
    if (m_done)
        return;
    m_params.record.status = error.status;
    if (m_responder && !m_responder->hasStarted() && !m_responder->isFinished()) {
        HttpHeaderList headers;
        if (error.retryAfterSeconds >= 0)
            headers.append({QByteArrayLiteral("retry-after"), QByteArray::number(error.retryAfterSeconds)});
        m_responder->send(error.status, QByteArrayLiteral("application/json"), error.toJson(m_params.flavor),
                          headers);
    }
    complete();
}

void ProxyExchange::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    if (m_request)
        m_request->abort();
    if (m_stream) {
        const ClientStream::Usage usage = m_stream->usage();
        m_params.record.inputTokens = usage.inputTokens;
        m_params.record.cachedTokens = usage.cachedTokens;
        m_params.record.outputTokens = usage.outputTokens;
        if (m_responder && m_stream->isTerminated()) {
            if (m_params.streaming) {
                flushToClient();
                if (m_responder->hasStarted() && !m_responder->isFinished()) {
                    m_params.record.failedInStream = m_stream->hasFailed();
                    m_responder->endStream();
                }
            } else if (!m_responder->hasStarted() && !m_responder->isFinished()) {
                if (m_stream->hasFailed()) {
                    const ApiError error = m_stream->failure().toApiError();
                    m_params.record.status = error.status;
                    m_responder->send(error.status, QByteArrayLiteral("application/json"),
                                      error.toJson(m_stream->flavor()));
                } else {
                    m_params.record.status = 200;
                    m_params.record.firstByteMs = m_clock.elapsed();
                    m_responder->send(200, QByteArrayLiteral("application/json"), m_stream->finalBody());
                }
            }
        }
        if (m_stream->isTerminated() && !m_stream->hasFailed())
            m_params.credentials->reportSuccess(m_credentials.accountLabel);
    }
    m_params.record.durationMs = m_clock.elapsed();
    m_params.record.attempts = m_attempts;
    Q_EMIT finished(m_params.record);
    deleteLater();
}

void ProxyExchange::onClientGone()
{
    if (m_done)
        return;
    qCDebug(lcProxy) << "client went away; aborting the upstream request";
    if (m_request)
        m_request->abort();
    m_responder = nullptr;
    m_params.record.status = 499; // nginx's "client closed request"
    complete();
}
