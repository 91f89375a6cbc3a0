#include "providerrequest.h"

#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace {
constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;
constexpr qint64 ReadBufferBytes = 1024 * 1024;
constexpr qint64 MaxEventBytes = 64ll * 1024 * 1024;

QString translate(const char *text)
{
    return QCoreApplication::translate("ProviderRequest", text);
}
} // namespace

ProviderRequest::ProviderRequest(QNetworkAccessManager *network, const Provider &provider, const QByteArray &apiKey,
                                 const QByteArray &body, Mode mode, Timeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_provider(provider)
    , m_apiKey(apiKey)
    , m_body(body)
    , m_mode(mode)
    , m_timeouts(timeouts)
    , m_parser([this](SseParser::Event &&ev) { onSseEvent(std::move(ev)); }, MaxEventBytes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProviderRequest::onTimeout);
}

ProviderRequest::~ProviderRequest()
{
    abort();
}

void ProviderRequest::start()
{
    QNetworkRequest request(m_provider.chatCompletionsUrl());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", m_mode == Mode::Whole ? "application/json" : "text/event-stream, application/json");
    request.setRawHeader("User-Agent", "codex-bridge/" CODEXBRIDGE_VERSION);
    for (const auto &[name, value] : std::as_const(m_provider.headers))
        request.setRawHeader(name, value);
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey);

    m_clock.start();
    m_reply = m_network->post(request, m_body);
    m_reply->setParent(this);
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &ProviderRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ProviderRequest::onFinished);
    m_timer.start(m_timeouts.headersMs);
}

void ProviderRequest::abort()
{
    m_done = true;
    m_timer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

bool ProviderRequest::checkHeaders()
{
    if (m_headersSeen)
        return true;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return false;
    m_headersSeen = true;
    m_status = status.toInt();
    qCDebug(lcProviders).noquote() << "provider" << m_provider.id << "status" << m_status << "after"
                                   << m_clock.elapsed() << "ms";
    return true;
}

void ProviderRequest::setPaused(bool paused)
{
    if (m_paused == paused || m_done)
        return;
    m_paused = paused;
    if (paused) {
        m_timer.stop(); // waiting for our own client is not a provider stall
        return;
    }
    m_timer.start(m_timeouts.idleMs);
    if (m_reply && m_reply->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ProviderRequest::onReadyRead, Qt::QueuedConnection);
    if (m_reply && m_reply->isFinished())
        QMetaObject::invokeMethod(this, &ProviderRequest::onFinished, Qt::QueuedConnection);
}

void ProviderRequest::onReadyRead()
{
    if (m_done || !m_reply || !checkHeaders() || m_paused)
        return;
    m_timer.start(m_timeouts.idleMs);
    const QByteArray chunk = m_reply->readAll();
    const bool success = m_status >= 200 && m_status < 300;
    if (!success || m_mode == Mode::Whole) {
        if (m_buffer.size() + chunk.size() > MaxBodyBytes) {
            if (success)
                fail(UpstreamFailure::network(translate("the provider's reply exceeded %1 MB").arg(MaxBodyBytes >> 20)));
            return;
        }
        m_buffer.append(chunk);
        return;
    }
    if (m_mode == Mode::Raw) {
        Q_EMIT rawReceived(chunk);
    } else if (!m_parser.feed(chunk)) {
        fail(UpstreamFailure::network(translate("a provider event exceeded %1 MB").arg(MaxEventBytes >> 20)));
        return;
    }
    if (!m_done)
        Q_EMIT delivered();
}

void ProviderRequest::onSseEvent(SseParser::Event &&event)
{
    if (m_done)
        return;
    if (event.data.trimmed() == "[DONE]") {
        succeed();
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &error);
    if (!doc.isObject()) {
        // Comments and keep-alives never get here (the parser drops them); a broken chunk is skipped, and a
        // missing finish_reason then fails the reply.
        qCWarning(lcProviders) << "skipping a provider event that is not a JSON object:" << error.errorString();
        return;
    }
    Q_EMIT chunkReceived(doc.object());
}

void ProviderRequest::onFinished()
{
    if (m_done || !m_reply)
        return;
    checkHeaders();
    if (m_paused)
        return;
    if (m_reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_done)
        return;
    if (!m_headersSeen) {
        fail(UpstreamFailure::network(m_reply->errorString()));
        return;
    }
    if (m_status < 200 || m_status >= 300) {
        UpstreamFailure failure = UpstreamFailure::fromBody(m_buffer, m_status);
        if (failure.message.isEmpty() && failure.code.isEmpty())
            failure.message = translate("HTTP %1").arg(m_status);
        bool ok = false;
        const qint64 retryAfter = m_reply->rawHeader("retry-after").toLongLong(&ok);
        if (ok && failure.resetsInSeconds < 0)
            failure.resetsInSeconds = retryAfter;
        fail(failure);
        return;
    }
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error != QNetworkReply::NoError && error != QNetworkReply::OperationCanceledError) {
        fail(UpstreamFailure::network(m_reply->errorString()));
        return;
    }
    if (m_mode == Mode::Stream) {
        m_parser.finish();
        if (m_done)
            return;
    } else if (m_mode == Mode::Whole) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_buffer, &parseError);
        if (!doc.isObject()) {
            UpstreamFailure failure = UpstreamFailure::network(
                translate("the provider's reply is not JSON: %1").arg(parseError.errorString()));
            failure.code = QStringLiteral("invalid_reply");
            fail(failure);
            return;
        }
        Q_EMIT completionReceived(doc.object());
        if (m_done)
            return;
    }
    succeed();
}

void ProviderRequest::succeed()
{
    if (m_done)
        return;
    // After `data: [DONE]` the connection may stay open (keep-alive); nothing more is read from it.
    abort();
    qCDebug(lcProviders).noquote() << "provider" << m_provider.id << "reply ended after" << m_clock.elapsed() << "ms";
    Q_EMIT finished();
}

void ProviderRequest::onTimeout()
{
    if (m_done)
        return;
    fail(UpstreamFailure::network(m_headersSeen ? translate("the stream stalled for %1 s").arg(m_timeouts.idleMs / 1000)
                                                : translate("no answer within %1 s").arg(m_timeouts.headersMs / 1000)));
}

void ProviderRequest::fail(const UpstreamFailure &failure)
{
    if (m_done)
        return;
    const int status = m_status;
    abort();
    qCInfo(lcProviders).noquote() << "provider" << m_provider.id << "failed: status" << status << "code"
                                  << failure.code;
    Q_EMIT failed(failure);
}
