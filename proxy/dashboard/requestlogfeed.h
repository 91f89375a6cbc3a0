#pragma once

#include "dashboard/requestlog.h"
#include "http/httpresponder.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

// The live request log as Server-Sent Events (GET /requests/stream): every entry RequestLog appends goes out as
//   id: <entry id>\nevent: request\ndata: <RequestLog::toJson>\n\n
// to each subscribed page at once. A reconnecting EventSource sends Last-Event-ID and gets what it missed first.
// A comment line every HeartbeatMs keeps idle connections (and the proxies in between) from timing out, and a
// subscriber that stops reading is dropped rather than buffered without end.
class RequestLogFeed : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogFeed)

public:
    static constexpr int MaxSubscribers = 32;
    static constexpr int HeartbeatMs = 15'000;
    static constexpr qint64 MaxPendingBytes = 1024 * 1024;

    explicit RequestLogFeed(RequestLog *log, QObject *parent = nullptr);

    // Starts the event stream on `responder` (with `headers`); false (nothing sent) when there are already
    // MaxSubscribers.
    bool subscribe(HttpResponder *responder, quint64 lastEventId, const HttpHeaderList &headers = {});
    int subscriberCount() const;

    // Sends `event: <name>` with `data` to every page (e.g. "settings" when they changed elsewhere).
    void broadcastEvent(const QByteArray &name, const QJsonObject &data);
    // The proxy now listens at `url`: every page gets event "moved" {"url"} and its stream ends, so nothing keeps
    // the old address busy.
    void announceMove(const QString &url);

    static QByteArray eventBytes(const RequestLog::Entry &entry);
    static QByteArray eventBytes(const QByteArray &name, const QJsonObject &data);

private:
    void onAppended(const RequestLog::Entry &entry);
    void broadcast(const QByteArray &bytes);
    void write(HttpResponder *responder, const QByteArray &bytes);
    void prune();

    RequestLog *m_log;
    QList<QPointer<HttpResponder>> m_subscribers;
    QTimer *m_heartbeat;
};
