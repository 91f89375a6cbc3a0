#include "requestlog.h"

RequestLog::RequestLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{
    m_entries.reserve(m_capacity);
}

const RequestLog::Entry &RequestLog::append(const RequestRecord &record, const QDateTime &when)
{
    Entry entry{++m_lastId, when.toUTC(), record};
    qsizetype slot;
    if (m_entries.size() < m_capacity) {
        slot = m_entries.size();
        m_entries.append(std::move(entry));
    } else {
        slot = m_next;
        m_entries[slot] = std::move(entry);
    }
    m_next = (slot + 1) % m_capacity;
    Q_EMIT appended(m_entries.at(slot));
    return m_entries.at(slot);
}

QList<RequestLog::Entry> RequestLog::recent(int limit, quint64 afterId) const
{
    QList<Entry> out;
    const qsizetype count = m_entries.size();
    // The newest entry sits just before m_next.
    for (qsizetype i = 1; i <= count && out.size() < limit; ++i) {
        const Entry &entry = m_entries.at((m_next - i + count) % count);
        if (entry.id <= afterId)
            break;
        out.append(entry);
    }
    return out;
}

QJsonObject RequestLog::toJson(const Entry &entry)
{
    const RequestRecord &r = entry.record;
    return QJsonObject{
        {QStringLiteral("id"), qint64(entry.id)},
        {QStringLiteral("time"), entry.finishedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QString::fromLatin1(r.method)},
        {QStringLiteral("path"), QString::fromUtf8(r.path)},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("clientModel"), r.clientModel},
        {QStringLiteral("upstreamModel"), r.upstreamModel},
        {QStringLiteral("account"), r.account},
        {QStringLiteral("streamed"), r.streamed},
        {QStringLiteral("failedInStream"), r.failedInStream},
        {QStringLiteral("durationMs"), r.durationMs},
        {QStringLiteral("firstByteMs"), r.firstByteMs},
        {QStringLiteral("inputTokens"), r.inputTokens},
        {QStringLiteral("cachedTokens"), r.cachedTokens},
        {QStringLiteral("outputTokens"), r.outputTokens},
        {QStringLiteral("attempts"), r.attempts},
    };
}
