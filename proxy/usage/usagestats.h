#pragma once

#include "server/requestrecord.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>

#include <tuple>

class QTimer;

// Requests and tokens per UTC day, account, client model and upstream model, kept across restarts in
// usage.json in the config dir:
//   {"version":1,"days":{"2026-11-26":[{"account","clientModel","upstreamModel","requests","inputTokens",
//                                        "cachedTokens","outputTokens"}, ...]}}
// Recording is cheap (in memory); the file is written by a timer at most every SaveDelayMs and by flush()
// (shutdown, destructor), never per request. A file that exists but cannot be read is never overwritten:
// counting goes on in memory and errorString() says why nothing is saved.
class UsageStats : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageStats)

public:
    static constexpr int SaveDelayMs = 30'000;
    static QString fileName() { return QStringLiteral("usage.json"); }

    struct Key
    {
        QDate day;
        QString account;
        QString clientModel;
        QString upstreamModel;
        friend bool operator<(const Key &a, const Key &b)
        {
            return std::tie(a.day, a.account, a.clientModel, a.upstreamModel)
                < std::tie(b.day, b.account, b.clientModel, b.upstreamModel);
        }
    };
    struct Counters
    {
        qint64 requests = 0;
        qint64 inputTokens = 0; // including cached
        qint64 cachedTokens = 0;
        qint64 outputTokens = 0;
        void add(const Counters &other);
        QJsonObject toJson() const;
        friend bool operator==(const Counters &, const Counters &) = default;
    };

    explicit UsageStats(QString filePath, QObject *parent = nullptr);
    ~UsageStats() override; // flushes

    // Reads the file; a missing file is empty stats (true). A corrupt one gives false and errorString(), and
    // the file is then left alone.
    bool load();
    // Counts one finished request (only those that reached an account); `when` picks the UTC day.
    void record(const RequestRecord &record, const QDateTime &when = QDateTime::currentDateTimeUtc());
    // Writes now when there is something unsaved; false when writing failed or is refused.
    bool flush();

    QMap<Key, Counters> entries() const { return m_entries; }
    bool hasUnsavedChanges() const { return m_dirty; }
    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_errorString; }

    // {"days":[{"date","account","clientModel","upstreamModel",counters...}] newest first,
    //  "byAccount":{email:counters}, "byModel":{upstreamModel:counters}, "total":counters}
    // `days` > 0 keeps only the last that many days (today included).
    QJsonObject toJson(int days = 0, const QDate &today = QDateTime::currentDateTimeUtc().date()) const;

private:
    QString m_filePath;
    QMap<Key, Counters> m_entries;
    QTimer *m_saveTimer;
    bool m_dirty = false;
    bool m_readOnly = false; // the file on disk could not be read: never clobber it
    QString m_errorString;
};
