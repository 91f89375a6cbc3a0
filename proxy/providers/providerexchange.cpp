#include "providerexchange.h"

#include "chatcompat/chatcompaterror.h"
#include "core/loggingcategories.h"
#include "http/httpresponder.h"
#include "providers/providerclient.h"
#include "providers/providerrequest.h"

#include <QJsonDocument>

namespace {
// As in ProxyExchange: not below the server's high-water mark, or drained() would never come.
constexpr qint64 HighWaterBytes = 4ll * 1024 * 1024;
} // namespace

ProviderExchange::ProviderExchange(Params params, QObject *parent)
    : QObject(parent)
    , m_params(std::move(params))
    , m_responder(m_params.responder)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ProviderExchange::attempt);
    if (m_responder) {
        connect(m_responder, &HttpResponder::clientDisconnected, this, &ProviderExchange::onClientGone);
        connect(m_responder, &HttpResponder::drained, this, [this] {
            if (m_request)
                m_request->setPaused(false);
        });
    }
}

ProviderExchange::~ProviderExchange() = default;

void ProviderExchange::start()
{
    m_clock.start();
    m_params.record.streamed = m_params.streaming;
    m_params.record.account = QStringLiteral("provider:") + m_params.provider.id;
    attempt();
}

void ProviderExchange::attempt()
{
    if (m_done)
        return;
    ++m_attempts;
    if (m_request) {
        m_request->abort();
        m_request->deleteLater();
    }
    m_pending.clear();
    ProviderRequest::Mode mode = ProviderRequest::Mode::Raw;
    if (m_params.api == ClientApi::Anthropic) {
        mode = m_params.streaming ? ProviderRequest::Mode::Stream : ProviderRequest::Mode::Whole;
        m_translator = std::make_unique<ChatCompatStreamTranslator>(m_params.translatorOptions);
        m_aggregator = std::make_unique<AnthropicMessageAggregator>();
    }
    m_request = m_params.client->createRequest(m_params.provider, m_params.apiKey, m_params.body, mode, this);
    connect(m_request, &ProviderRequest::chunkReceived, this, &ProviderExchange::onChunk);
    connect(m_request, &ProviderRequest::completionReceived, this, &ProviderExchange::onCompletion);
    connect(m_request, &ProviderRequest::rawReceived, this, &ProviderExchange::onRaw);
    connect(m_request, &ProviderRequest::delivered, this, [this] {
        if (!m_done)
            flush();
    });
    connect(m_request, &ProviderRequest::failed, this, &ProviderExchange::onFailed);
    connect(m_request, &ProviderRequest::finished, this, &ProviderExchange::onFinished);
    m_request->start();
}

bool ProviderExchange::clientSawOutput() const
{
    return m_responder && m_responder->hasStarted();
}

void ProviderExchange::take(QList<AnthropicEvent> &events)
{
    for (const AnthropicEvent &event : std::as_const(events)) {
        if (m_params.streaming)
            m_pending += event.toSse();
        else
            m_aggregator->add(event);
    }
    events.clear();
}

void ProviderExchange::onChunk(const QJsonObject &chunk)
{
    if (m_done || !m_translator)
        return;
    QList<AnthropicEvent> events;
    m_translator->feedChunk(chunk, events);
    take(events);
    afterProgress();
}

void ProviderExchange::onCompletion(const QJsonObject &completion)
{
    if (m_done || !m_translator)
        return;
    QList<AnthropicEvent> events;
    m_translator->feedCompletion(completion, events);
    take(events);
    afterProgress();
}

void ProviderExchange::onRaw(const QByteArray &bytes)
{
    if (m_done)
        return;
    m_pending += bytes;
}

void ProviderExchange::afterProgress()
{
    if (!m_translator || !m_translator->isTerminated())
        return;
    if (m_translator->hasFailed() && !clientSawOutput()) {
        const UpstreamFailure failure = m_translator->failure();
        if (m_request)
            m_request->abort();
        if (!retry(failure))
            sendError(failure);
        return;
    }
    complete();
}

void ProviderExchange::flush()
{
    if (!m_responder || m_pending.isEmpty() || !m_params.streaming)
        return;
    if (!m_responder->hasStarted()) {
        m_responder->beginStream(200, QByteArrayLiteral("text/event-stream; charset=utf-8"));
        m_params.record.status = 200;
        m_params.record.firstByteMs = m_clock.elapsed();
    }
    m_responder->writeChunk(std::exchange(m_pending, QByteArray()));
    if (m_request && m_responder->pendingBytes() > HighWaterBytes)
        m_request->setPaused(true);
}

void ProviderExchange::onFailed(const UpstreamFailure &failure)
{
    if (m_done)
        return;
    if (!clientSawOutput()) {
        // Nothing reached the client (even if translated events wait unsent): retry, or a real HTTP status.
        if (!retry(failure))
            sendError(failure);
        return;
    }
    failInStream(failure);
}

void ProviderExchange::shutdown(const UpstreamFailure &failure)
{
    if (m_done)
        return;
    m_retryTimer.stop();
    if (m_request)
        m_request->abort();
    if (!clientSawOutput())
        sendError(failure);
    else
        failInStream(failure);
}

void ProviderExchange::failInStream(const UpstreamFailure &failure)
{
    if (m_translator) {
        QList<AnthropicEvent> events;
        m_translator->fail(failure, events);
        take(events);
    } else {
        // OpenAI clients: the way OpenAI itself reports a failure inside a stream.
        m_pending += "data: " + ChatCompatError::toApiError(failure, m_params.provider.name).toOpenAiJson() + "\n\n";
    }
    m_params.record.failedInStream = true;
    complete();
}

void ProviderExchange::onFinished()
{
    if (m_done)
        return;
    if (m_translator) {
        QList<AnthropicEvent> events;
        m_translator->finish(events);
        take(events);
        afterProgress();
        return;
    }
    complete();
}

bool ProviderExchange::retry(const UpstreamFailure &failure)
{
    if (clientSawOutput() || !failure.isRetryableBeforeOutput() || m_attempts >= m_params.maxAttempts)
        return false;
    const int delay = m_params.retryBaseDelayMs * (1 << (m_attempts - 1));
    qCInfo(lcProviders).noquote() << "provider" << m_params.provider.id << "attempt" << m_attempts << "failed ("
                                  << failure.code << failure.httpStatus << "), retrying in" << delay << "ms";
    m_retryTimer.start(delay);
    return true;
}

void ProviderExchange::sendError(const UpstreamFailure &failure)
{
    if (m_done)
        return;
    const ApiError error = ChatCompatError::toApiError(failure, m_params.provider.name);
    m_params.record.status = error.status;
    if (m_responder && !m_responder->hasStarted() && !m_responder->isFinished()) {
        HttpHeaderList headers;
        if (error.retryAfterSeconds >= 0)
            headers.append({QByteArrayLiteral("retry-after"), QByteArray::number(error.retryAfterSeconds)});
        m_responder->send(error.status, QByteArrayLiteral("application/json"),
                          error.toJson(m_params.api == ClientApi::OpenAI ? ApiError::Flavor::OpenAI
                                                                         : ApiError::Flavor::Anthropic),
                          headers);
    }
    m_pending.clear();
    m_translator.reset();
    complete();
}

void ProviderExchange::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    if (m_request)
        m_request->abort();
    if (m_responder && !m_responder->isFinished()) {
        if (m_params.streaming) {
            flush();
            if (m_responder->hasStarted()) {
                m_responder->endStream();
            } else {
                // A 2xx reply without a byte of body: never leave the client waiting.
                UpstreamFailure empty = UpstreamFailure::network(tr("the provider sent an empty reply"));
                empty.code = QStringLiteral("empty_reply");
                const ApiError error = ChatCompatError::toApiError(empty, m_params.provider.name);
                m_params.record.status = error.status;
                m_responder->send(error.status, QByteArrayLiteral("application/json"),
                                  error.toJson(m_params.api == ClientApi::OpenAI ? ApiError::Flavor::OpenAI
                                                                                 : ApiError::Flavor::Anthropic));
            }
        } else if (!m_responder->hasStarted()) {
            if (m_translator && m_translator->isTerminated() && m_translator->hasFailed()) {
                const ApiError error = m_translator->error();
                m_params.record.status = error.status;
                m_responder->send(error.status, QByteArrayLiteral("application/json"),
                                  error.toJson(ApiError::Flavor::Anthropic));
            } else if (m_translator && m_translator->isTerminated()) {
                m_params.record.status = 200;
                m_params.record.firstByteMs = m_clock.elapsed();
                m_responder->send(200, QByteArrayLiteral("application/json"),
                                  QJsonDocument(m_aggregator->message()).toJson(QJsonDocument::Compact));
            } else if (!m_translator && m_params.record.status == 0) {
                m_params.record.status = 200;
                m_params.record.firstByteMs = m_clock.elapsed();
                m_responder->send(200, QByteArrayLiteral("application/json"), std::exchange(m_pending, QByteArray()));
            }
        }
    }
    if (m_translator) {
        const auto &usage = m_translator->usage();
        m_params.record.inputTokens = usage.inputTokens;
        m_params.record.cachedTokens = usage.cachedTokens;
        m_params.record.outputTokens = usage.outputTokens;
        if (m_translator->hasFailed() && m_params.streaming)
            m_params.record.failedInStream = true;
    }
    m_params.record.durationMs = m_clock.elapsed();
    m_params.record.attempts = m_attempts;
    Q_EMIT finished(m_params.record);
    deleteLater();
}

void ProviderExchange::onClientGone()
{
    if (m_done)
        return;
    qCDebug(lcProviders) << "client went away; aborting the provider request";
    if (m_request)
        m_request->abort();
    m_responder = nullptr;
    m_params.record.status = 499;
    complete();
}
