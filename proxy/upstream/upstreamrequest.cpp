#include "upstreamrequest.h"

#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>

UpstreamRequest::UpstreamRequest(QNetworkAccessManager *network, const UpstreamConfig &config,
                                 const UpstreamCredentials &credentials, const QString &sessionId,
                                 const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_credentials(credentials)
    , m_sessionId(sessionId)
    , m_body(body)
    , m_post(network, StreamingPost::Timeouts{config.connectTimeoutMs, config.idleTimeoutMs}, QStringLiteral("upstream"))
    , m_parser([this](SseParser::Event &&ev) { onSseEvent(std::move(ev)); }, config.maxEventBytes)
{
    connect(&m_post, &StreamingPost::headersReceived, this, &UpstreamRequest::headersReceived);
    connect(&m_post, &StreamingPost::dataReceived, this, &UpstreamRequest::onData);
    connect(&m_post, &StreamingPost::failed, this, [this](const UpstreamFailure &failure) {
        m_done = true;
        Q_EMIT failed(failure);
    });
    connect(&m_post, &StreamingPost::finished, this, &UpstreamRequest::onFinished);
}

UpstreamRequest::~UpstreamRequest()
{
    abort();
}

void UpstreamRequest::start()
{
    QNetworkRequest request(m_config.responsesUrl());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Authorization", "Bearer " + m_credentials.accessToken.toUtf8());
    if (!m_credentials.chatgptAccountId.isEmpty())
        request.setRawHeader("ChatGPT-Account-Id", m_credentials.chatgptAccountId.toUtf8());
    request.setRawHeader("originator", UpstreamConfig::Originator);
    request.setRawHeader("User-Agent", UpstreamConfig::userAgent());
    request.setRawHeader("OpenAI-Beta", "responses=experimental");
    if (!m_sessionId.isEmpty())
        request.setRawHeader("session_id", m_sessionId.toUtf8());
    m_post.start(request, m_body);
}

void UpstreamRequest::abort()
{
    m_done = true;
    m_post.abort();
}

void UpstreamRequest::onData(const QByteArray &bytes)
{
    if (m_done)
        return;
    if (!m_parser.feed(bytes)) {
        m_post.fail(UpstreamFailure::network(
            QCoreApplication::translate("UpstreamRequest", "an upstream event exceeded %1 MB")
                .arg(m_config.maxEventBytes / (1024 * 1024))));
        return;
    }
    if (!m_done)
        Q_EMIT eventsDelivered();
}

void UpstreamRequest::onSseEvent(SseParser::Event &&event)
{
    if (m_done)
        return;
    if (event.data == "[DONE]")
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &error);
    if (!doc.isObject()) {
        // A broken event is skipped; if it was the terminal one, the missing terminal event fails the stream.
        qCWarning(lcUpstream) << "skipping an upstream event that is not a JSON object:" << error.errorString()
                              << "size" << event.data.size();
        return;
    }
    ResponsesEvent ev;
    ev.data = doc.object();
    ev.type = ev.data.value(QLatin1String("type")).toString().toUtf8();
    if (ev.type.isEmpty())
        ev.type = std::move(event.name);
    Q_EMIT eventReceived(ev);
}

void UpstreamRequest::onFinished()
{
    if (m_done)
        return;
    m_parser.finish();
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished();
}
