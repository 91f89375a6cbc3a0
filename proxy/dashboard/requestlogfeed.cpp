#include "requestlogfeed.h"

#include "core/loggingcategories.h"

#include <QJsonDocument>
#include <QTimer>

RequestLogFeed::RequestLogFeed(RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_heartbeat(new QTimer(this))
{
    m_heartbeat->setInterval(HeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, [this] { broadcast(QByteArrayLiteral(": keep-alive\n\n")); });
    connect(m_log, &RequestLog::appended, this, &RequestLogFeed::onAppended);
}

QByteArray RequestLogFeed::eventBytes(const RequestLog::Entry &entry)
{
    return "id: " + QByteArray::number(entry.id) + "\nevent: request\ndata: "
        + QJsonDocument(RequestLog::toJson(entry)).toJson(QJsonDocument::Compact) + "\n\n";
}

bool RequestLogFeed::subscribe(HttpResponder *responder, quint64 lastEventId, const HttpHeaderList &headers)
{
    prune();
    if (m_subscribers.size() >= MaxSubscribers)
        return false;
    HttpHeaderList all = headers;
    all.append({QByteArrayLiteral("cache-control"), QByteArrayLiteral("no-store")});
    responder->beginStream(200, QByteArrayLiteral("text/event-stream; charset=utf-8"), all);
    // The reconnect delay, and a first line so the page sees the stream open at once.
    QByteArray first = QByteArrayLiteral("retry: 2000\n: connected\n\n");
    if (lastEventId > 0) {
        QList<RequestLog::Entry> missed = m_log->recent(m_log->capacity(), lastEventId);
        for (auto it = missed.crbegin(); it != missed.crend(); ++it)
            first += eventBytes(*it);
    }
    responder->writeChunk(first);
    m_subscribers.append(responder);
    connect(responder, &HttpResponder::clientDisconnected, this, &RequestLogFeed::prune, Qt::QueuedConnection);
    if (!m_heartbeat->isActive())
        m_heartbeat->start();
    return true;
}

int RequestLogFeed::subscriberCount() const
{
    int count = 0;
    for (const QPointer<HttpResponder> &responder : m_subscribers)
        count += responder && !responder->isFinished() && responder->isClientConnected();
    return count;
}

QByteArray RequestLogFeed::eventBytes(const QByteArray &name, const QJsonObject &data)
{
    return "event: " + name + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

void RequestLogFeed::broadcastEvent(const QByteArray &name, const QJsonObject &data)
{
    if (!m_subscribers.isEmpty())
        broadcast(eventBytes(name, data));
}

void RequestLogFeed::announceMove(const QString &url)
{
    const QByteArray event = eventBytes(QByteArrayLiteral("moved"), QJsonObject{{QStringLiteral("url"), url}});
    const QList<QPointer<HttpResponder>> subscribers = std::exchange(m_subscribers, {});
    for (const QPointer<HttpResponder> &responder : subscribers) {
        if (!responder)
            continue;
        responder->writeChunk(event);
        if (responder)
            responder->endStream();
    }
    m_heartbeat->stop();
}

void RequestLogFeed::onAppended(const RequestLog::Entry &entry)
{
    if (!m_subscribers.isEmpty())
        broadcast(eventBytes(entry));
}

void RequestLogFeed::broadcast(const QByteArray &bytes)
{
    // Writing may end a responder (client gone): iterate over a copy.
    const QList<QPointer<HttpResponder>> subscribers = m_subscribers;
    for (const QPointer<HttpResponder> &responder : subscribers) {
        if (responder)
            write(responder, bytes);
    }
    prune();
}

void RequestLogFeed::write(HttpResponder *responder, const QByteArray &bytes)
{
    if (responder->pendingBytes() > MaxPendingBytes) {
        qCInfo(lcDashboard) << "dropping a request-log subscriber that does not read";
        responder->abort();
        return;
    }
    responder->writeChunk(bytes);
}

void RequestLogFeed::prune()
{
    m_subscribers.removeIf([](const QPointer<HttpResponder> &responder) {
        return !responder || responder->isFinished() || !responder->isClientConnected();
    });
    if (m_subscribers.isEmpty())
        m_heartbeat->stop();
}
