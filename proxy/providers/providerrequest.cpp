#include "providerrequest.h"

#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkRequest>

namespace {
constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;
constexpr qint64 MaxEventBytes = 64ll * 1024 * 1024;

QString translate(const char *text)
{
    return QCoreApplication::translate("ProviderRequest", text);
}
} // namespace

ProviderRequest::ProviderRequest(QNetworkAccessManager *network, const Provider &provider, const QByteArray &apiKey,
                                 const QByteArray &body, Mode mode, StreamingPost::Timeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_apiKey(apiKey)
    , m_body(body)
    , m_mode(mode)
    , m_post(network, timeouts, QStringLiteral("provider ") + provider.id)
    , m_parser([this](SseParser::Event &&ev) { onSseEvent(std::move(ev)); }, MaxEventBytes)
{
    connect(&m_post, &StreamingPost::dataReceived, this, &ProviderRequest::onData);
    connect(&m_post, &StreamingPost::failed, this, [this](const UpstreamFailure &failure) {
        m_done = true;
        Q_EMIT failed(failure);
    });
    connect(&m_post, &StreamingPost::finished, this, &ProviderRequest::onFinished);
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
    m_post.start(request, m_body);
}

void ProviderRequest::abort()
{
    m_done = true;
    m_post.abort();
}

void ProviderRequest::onData(const QByteArray &bytes)
{
    if (m_done)
        return;
    if (m_mode == Mode::Whole) {
        if (m_whole.size() + bytes.size() > MaxBodyBytes)
            m_post.fail(UpstreamFailure::network(translate("the provider's reply exceeded %1 MB").arg(MaxBodyBytes >> 20)));
        else
            m_whole.append(bytes);
        return;
    }
    if (m_mode == Mode::Raw) {
        Q_EMIT rawReceived(bytes);
    } else if (!m_parser.feed(bytes)) {
        m_post.fail(UpstreamFailure::network(translate("a provider event exceeded %1 MB").arg(MaxEventBytes >> 20)));
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
        // A broken chunk is skipped; a missing finish_reason then fails the reply.
        qCWarning(lcProviders) << "skipping a provider event that is not a JSON object:" << error.errorString();
        return;
    }
    Q_EMIT chunkReceived(doc.object());
}

void ProviderRequest::onFinished()
{
    if (m_done)
        return;
    if (m_mode == Mode::Stream) {
        m_parser.finish();
    } else if (m_mode == Mode::Whole) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_whole, &parseError);
        if (!doc.isObject()) {
            UpstreamFailure failure = UpstreamFailure::network(
                translate("the provider's reply is not JSON: %1").arg(parseError.errorString()));
            failure.code = QStringLiteral("invalid_reply");
            m_done = true;
            Q_EMIT failed(failure);
            return;
        }
        Q_EMIT completionReceived(doc.object());
    }
    succeed();
}

void ProviderRequest::succeed()
{
    if (m_done)
        return;
    // After `data: [DONE]` the connection may stay open (keep-alive); nothing more is read from it.
    abort();
    Q_EMIT finished();
}
