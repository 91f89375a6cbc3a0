// RequestLog: a fixed-size ring of finished requests, newest first, ids never reused, and JSON without content.
#include "dashboard/requestlog.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
RequestRecord record(int n)
{
    RequestRecord r;
    r.method = "POST";
    r.path = "/v1/messages";
    r.status = 200 + n;
    r.clientModel = u"claude-sonnet-4-5"_s;
    r.upstreamModel = u"gpt-5.5"_s;
    r.account = u"one@example.com"_s;
    r.durationMs = n;
    r.inputTokens = 100 + n;
    r.cachedTokens = n;
    r.outputTokens = 10 + n;
    return r;
}
} // namespace

class tst_RequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ring_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("appended");
        QTest::addColumn<int>("limit");
        QTest::addColumn<quint64>("afterId");
        QTest::addColumn<QList<quint64>>("expectedIds");

        QTest::newRow("empty") << 3 << 0 << 10 << quint64(0) << QList<quint64>{};
        QTest::newRow("not full") << 5 << 3 << 10 << quint64(0) << QList<quint64>{3, 2, 1};
        QTest::newRow("exactly full") << 3 << 3 << 10 << quint64(0) << QList<quint64>{3, 2, 1};
        QTest::newRow("wrapped once") << 3 << 4 << 10 << quint64(0) << QList<quint64>{4, 3, 2};
        QTest::newRow("wrapped many times") << 4 << 23 << 10 << quint64(0) << QList<quint64>{23, 22, 21, 20};
        QTest::newRow("limit") << 10 << 8 << 3 << quint64(0) << QList<quint64>{8, 7, 6};
        QTest::newRow("after id") << 10 << 8 << 10 << quint64(5) << QList<quint64>{8, 7, 6};
        QTest::newRow("after id, wrapped") << 3 << 7 << 10 << quint64(5) << QList<quint64>{7, 6};
        QTest::newRow("after the newest") << 3 << 7 << 10 << quint64(7) << QList<quint64>{};
        QTest::newRow("after an overwritten id") << 3 << 7 << 10 << quint64(1) << QList<quint64>{7, 6, 5};
        QTest::newRow("capacity 1") << 1 << 5 << 10 << quint64(0) << QList<quint64>{5};
    }

    void ring()
    {
        QFETCH(int, capacity);
        QFETCH(int, appended);
        QFETCH(int, limit);
        QFETCH(quint64, afterId);
        QFETCH(QList<quint64>, expectedIds);

        RequestLog log(capacity);
        QSignalSpy spy(&log, &RequestLog::appended);
        for (int i = 1; i <= appended; ++i)
            QCOMPARE(log.append(record(i)).id, quint64(i));
        QCOMPARE(spy.count(), appended);
        QCOMPARE(log.size(), qMin(capacity, appended));
        QCOMPARE(log.lastId(), quint64(appended));

        const QList<RequestLog::Entry> entries = log.recent(limit, afterId);
        QList<quint64> ids;
        for (const RequestLog::Entry &entry : entries) {
            ids << entry.id;
            // The record stored with an id is the one appended with it.
            QCOMPARE(entry.record.status, 200 + int(entry.id));
        }
        QCOMPARE(ids, expectedIds);
    }

    void toJson()
    {
        RequestLog log;
        RequestRecord r = record(7);
        r.streamed = true;
        r.failedInStream = true;
        r.firstByteMs = 42;
        r.attempts = 2;
        const QDateTime when(QDate(2026, 11, 26), QTime(8, 30, 1, 250), Qt::UTC);
        const QJsonObject json = RequestLog::toJson(log.append(r, when));
        QCOMPARE(json.value("id"_L1).toInteger(), 1);
        QCOMPARE(json.value("time"_L1).toString(), u"2026-11-26T08:30:01.250Z"_s);
        QCOMPARE(json.value("method"_L1).toString(), u"POST"_s);
        QCOMPARE(json.value("path"_L1).toString(), u"/v1/messages"_s);
        QCOMPARE(json.value("status"_L1).toInt(), 207);
        QCOMPARE(json.value("clientModel"_L1).toString(), u"claude-sonnet-4-5"_s);
        QCOMPARE(json.value("upstreamModel"_L1).toString(), u"gpt-5.5"_s);
        QCOMPARE(json.value("account"_L1).toString(), u"one@example.com"_s);
        QCOMPARE(json.value("streamed"_L1).toBool(), true);
        QCOMPARE(json.value("failedInStream"_L1).toBool(), true);
        QCOMPARE(json.value("firstByteMs"_L1).toInteger(), 42);
        QCOMPARE(json.value("inputTokens"_L1).toInteger(), 107);
        QCOMPARE(json.value("cachedTokens"_L1).toInteger(), 7);
        QCOMPARE(json.value("outputTokens"_L1).toInteger(), 17);
        QCOMPARE(json.value("attempts"_L1).toInt(), 2);
        // Only these fields: a record has no content, and none may be added to the log by accident.
        QCOMPARE(json.keys().size(), 16);
    }
};

QTEST_GUILESS_MAIN(tst_RequestLog)
#include "tst_requestlog.moc"
