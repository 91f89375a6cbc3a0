#include "streamingpost.h"

#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace {
constexpr qsizetype MaxErrorBodyBytes = 1024 * 1024;
// QNetworkReply buffers at most this much while we are not reading (paused); 0 would mean unlimited.
constexpr qint64 ReadBufferBytes = 1024 * 1024;
} // namespace

StreamingPost::StreamingPost(QNetworkAccessManager *network, Timeouts timeouts, QString label, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_timeouts(timeouts)
    , m_label(std::move(label))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StreamingPost::onTimeout);
}

StreamingPost::~StreamingPost()
{
    abort();
}

void StreamingPost::start(const QNetworkRequest &request, const QByteArray &body)
{
    m_clock.start();
    m_reply = m_network->post(request, body);
    m_reply->setParent(this);
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &StreamingPost::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &StreamingPost::onFinished);
    m_timer.start(m_timeouts.headersMs);
}

void StreamingPost::abort()
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

bool StreamingPost::checkHeaders()
{
    if (m_headersSeen)
        return true;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return false;
    m_headersSeen = true;
    m_status = status.toInt();
    qCDebug(lcUpstream).noquote() << m_label << "status" << m_status << "after" << m_clock.elapsed() << "ms";
    Q_EMIT headersReceived(m_status, m_reply->rawHeaderPairs());
    return true;
}

void StreamingPost::setPaused(bool paused)
{
    if (m_paused == paused || m_done)
        return;
    m_paused = paused;
    qCDebug(lcUpstream).noquote() << m_label << "reading" << (paused ? "paused" : "resumed");
    if (paused) {
        // Waiting for our own client is not an upstream stall.
        m_timer.stop();
        return;
    }
    m_timer.start(m_timeouts.idleMs);
    if (m_reply && m_reply->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &StreamingPost::onReadyRead, Qt::QueuedConnection);
    if (m_reply && m_reply->isFinished())
        QMetaObject::invokeMethod(this, &StreamingPost::onFinished, Qt::QueuedConnection);
}

void StreamingPost::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    if (!checkHeaders())
        return;
    if (m_paused)
        return;
    m_timer.start(m_timeouts.idleMs);
    const QByteArray chunk = m_reply->readAll();
    if (m_status < 200 || m_status >= 300) {
        if (m_errorBody.size() < MaxErrorBodyBytes)
            m_errorBody.append(chunk.left(MaxErrorBodyBytes - m_errorBody.size()));
        return;
    }
    Q_EMIT dataReceived(chunk);
}

void StreamingPost::onFinished()
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
    m_done = true;
    m_timer.stop();
    qCDebug(lcUpstream).noquote() << m_label << "reply ended after" << m_clock.elapsed() << "ms";
    Q_EMIT finished();
}

void StreamingPost::onTimeout()
{
    if (m_done)
        return;
    fail(UpstreamFailure::network(
        m_headersSeen ? QCoreApplication::translate("StreamingPost", "the stream stalled for %1 s").arg(m_timeouts.idleMs / 1000)
                      : QCoreApplication::translate("StreamingPost", "no answer within %1 s").arg(m_timeouts.headersMs / 1000)));
}

void StreamingPost::fail(const UpstreamFailure &failure)
{
    if (m_done)
        return;
    const int status = m_status;
    abort();
    qCInfo(lcUpstream).noquote() << m_label << "failed: status" << status << "code" << failure.code;
    Q_EMIT failed(failure);
}
