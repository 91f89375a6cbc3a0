#include "upstreamrequest.h"

#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace {
constexpr qsizetype MaxErrorBodyBytes = 1024 * 1024;
// QNetworkReply buffers at most this much while we are not reading (paused); 0 would mean unlimited.
constexpr qint64 ReadBufferBytes = 1024 * 1024;
}

UpstreamRequest::UpstreamRequest(QNetworkAccessManager *network, const UpstreamConfig &config,
                                 const UpstreamCredentials &credentials, const QString &sessionId,
                                 const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
    , m_credentials(credentials)
    , m_sessionId(sessionId)
    , m_body(body)
    , m_parser([this](SseParser::Event &&ev) { onSseEvent(std::move(ev)); }, config.maxEventBytes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UpstreamRequest::onTimeout);
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

    m_clock.start();
    m_reply = m_network->post(request, m_body);
    m_reply->setParent(this);
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &UpstreamRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &UpstreamRequest::onFinished);
    m_timer.start(m_config.connectTimeoutMs);
}

void UpstreamRequest::abort()
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

bool UpstreamRequest::checkHeaders()
{
    if (m_headersSeen)
        return true;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return false;
    m_headersSeen = true;
    m_status = status.toInt();
    qCDebug(lcUpstream) << "upstream status" << m_status << "after" << m_clock.elapsed() << "ms";
    Q_EMIT headersReceived(m_status, m_reply->rawHeaderPairs());
    return true;
}

void UpstreamRequest::setPaused(bool paused)
{
    if (m_paused == paused || m_done)
        return;
    m_paused = paused;
    qCDebug(lcUpstream) << "upstream reading" << (paused ? "paused" : "resumed");
    if (paused) {
        // Waiting for our own client is not an upstream stall.
        m_timer.stop();
        return;
    }
    m_timer.start(m_config.idleTimeoutMs);
    if (m_reply && m_reply->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &UpstreamRequest::onReadyRead, Qt::QueuedConnection);
    if (m_reply && m_reply->isFinished())
        QMetaObject::invokeMethod(this, &UpstreamRequest::onFinished, Qt::QueuedConnection);
}

void UpstreamRequest::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    if (!checkHeaders())
        return;
    if (m_paused)
        return;
    m_timer.start(m_config.idleTimeoutMs);
    const QByteArray chunk = m_reply->readAll();
    if (m_status < 200 || m_status >= 300) {
        if (m_errorBody.size() < MaxErrorBodyBytes)
            m_errorBody.append(chunk.left(MaxErrorBodyBytes - m_errorBody.size()));
        return;
    }
    if (!m_parser.feed(chunk)) {
        fail(UpstreamFailure::network(
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
    if (m_done || !m_reply)
        return;
    checkHeaders();
    if (m_paused)
        return; // setPaused(false) comes back here once the client has caught up
    // Read anything left (finished can arrive without a final readyRead).
    if (m_reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_done)
        return;
    const QNetworkReply::NetworkError error = m_reply->error();
    const QString errorString = m_reply->errorString();
    if (!m_headersSeen) {
        fail(UpstreamFailure::network(errorString));
        return;
    }
    if (m_status < 200 || m_status >= 300) {
        UpstreamFailure failure = UpstreamFailure::fromBody(m_errorBody, m_status);
        if (failure.resetsInSeconds < 0) {
            bool ok = false;
            const qint64 retryAfter = m_reply->rawHeader("retry-after").toLongLong(&ok);
            if (ok)
                failure.resetsInSeconds = retryAfter;
        }
        fail(failure);
        return;
    }
    if (error != QNetworkReply::NoError && error != QNetworkReply::OperationCanceledError) {
        // The connection broke mid-stream.
        fail(UpstreamFailure::network(errorString));
        return;
    }
    m_parser.finish();
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    qCDebug(lcUpstream) << "upstream stream ended after" << m_clock.elapsed() << "ms";
    Q_EMIT finished();
}

void UpstreamRequest::onTimeout()
{
    if (m_done)
        return;
    fail(UpstreamFailure::network(m_headersSeen
                                      ? QCoreApplication::translate("UpstreamRequest", "the stream stalled for %1 s")
                                            .arg(m_config.idleTimeoutMs / 1000)
                                      : QCoreApplication::translate("UpstreamRequest", "no answer within %1 s")
                                            .arg(m_config.connectTimeoutMs / 1000)));
}

void UpstreamRequest::fail(const UpstreamFailure &failure)
{
    if (m_done)
        return;
    const int status = m_status;
    abort();
    qCInfo(lcUpstream).noquote() << "upstream failed: status" << status << "code" << failure.code;
    Q_EMIT failed(failure);
}
