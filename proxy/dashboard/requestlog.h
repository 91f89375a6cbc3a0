#pragma once

#include "server/requestrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

// The last `capacity` finished requests, in memory only, for the dashboard's live log. A fixed-size ring: the
// oldest entry is overwritten, so a busy proxy never grows it. Holds RequestRecords, which by design carry no
// token and no prompt or answer content.
class RequestLog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)

public:
    static constexpr int DefaultCapacity = 500;

    struct Entry
    {
        quint64 id = 0; // 1, 2, 3... in arrival order; never reused (the SSE Last-Event-ID)
        QDateTime finishedAt;
        RequestRecord record;
    };

    explicit RequestLog(int capacity = DefaultCapacity, QObject *parent = nullptr);

    const Entry &append(const RequestRecord &record, const QDateTime &when = QDateTime::currentDateTimeUtc());

    // Newest first, at most `limit`, only entries with an id greater than `afterId`.
    QList<Entry> recent(int limit, quint64 afterId = 0) const;
    int size() const { return int(m_entries.size()); }
    int capacity() const { return m_capacity; }
    quint64 lastId() const { return m_lastId; }

    static QJsonObject toJson(const Entry &entry);

Q_SIGNALS:
    void appended(const RequestLog::Entry &entry);

private:
    int m_capacity;
    QList<Entry> m_entries; // ring storage; m_next is where the next entry goes once full
    qsizetype m_next = 0;
    quint64 m_lastId = 0;
};
