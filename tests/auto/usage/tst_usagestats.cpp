// Usage statistics: aggregation per UTC day, account and model; persistence across restarts; a corrupt file is
// never overwritten; nothing is written per request.
#include "usage/usagestats.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
RequestRecord record(const QString &account, const QString &clientModel, const QString &upstreamModel, qint64 input,
                     qint64 cached, qint64 output)
{
    RequestRecord r;
    r.method = "POST";
    r.path = "/v1/messages";
    r.account = account;
    r.clientModel = clientModel;
    r.upstreamModel = upstreamModel;
    r.status = 200;
    r.inputTokens = input;
    r.cachedTokens = cached;
    r.outputTokens = output;
    return r;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

UsageStats::Counters counters(qint64 requests, qint64 input, qint64 cached, qint64 output)
{
    UsageStats::Counters c;
    c.requests = requests;
    c.inputTokens = input;
    c.cachedTokens = cached;
    c.outputTokens = output;
    return c;
}
} // namespace

class TestUsageStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregation_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("clientModel");
        QTest::addColumn<QString>("upstreamModel");
        QTest::addColumn<int>("expectedEntries");

        // Each row adds one request to the same base set; the count of distinct keys must follow.
        QTest::newRow("same key") << at("2026-11-26T10:00:00Z") << u"a@x.com"_s << u"claude-sonnet-4-5"_s
                                  << u"gpt-5.1-codex"_s << 1;
        QTest::newRow("other day (UTC)") << at("2026-11-27T00:30:00+02:00") << u"a@x.com"_s << u"claude-sonnet-4-5"_s
                                         << u"gpt-5.1-codex"_s << 1; // 22:30 UTC on the 26th
        QTest::newRow("next UTC day") << at("2026-11-27T00:30:00Z") << u"a@x.com"_s << u"claude-sonnet-4-5"_s
                                      << u"gpt-5.1-codex"_s << 2;
        QTest::newRow("other account") << at("2026-11-26T11:00:00Z") << u"b@x.com"_s << u"claude-sonnet-4-5"_s
                                       << u"gpt-5.1-codex"_s << 2;
        QTest::newRow("other client model") << at("2026-11-26T11:00:00Z") << u"a@x.com"_s << u"claude-haiku-4-5"_s
                                            << u"gpt-5.1-codex"_s << 2;
        QTest::newRow("other upstream model") << at("2026-11-26T11:00:00Z") << u"a@x.com"_s << u"claude-sonnet-4-5"_s
                                              << u"gpt-5.1-codex-mini"_s << 2;
    }

    void aggregation()
    {
        QFETCH(QDateTime, when);
        QFETCH(QString, account);
        QFETCH(QString, clientModel);
        QFETCH(QString, upstreamModel);
        QFETCH(int, expectedEntries);

        QTemporaryDir dir;
        UsageStats stats(dir.filePath(u"usage.json"_s));
        QVERIFY(stats.load());
        stats.record(record(u"a@x.com"_s, u"claude-sonnet-4-5"_s, u"gpt-5.1-codex"_s, 100, 40, 7),
                     at("2026-11-26T09:00:00Z"));
        stats.record(record(account, clientModel, upstreamModel, 10, 5, 2), when);
        QCOMPARE(stats.entries().size(), expectedEntries);
        if (expectedEntries == 1)
            QCOMPARE(stats.entries().first(), counters(2, 110, 45, 9));
        const QJsonObject total = stats.toJson().value(u"total"_s).toObject();
        QCOMPARE(total.value(u"requests"_s).toInteger(), 2);
        QCOMPARE(total.value(u"inputTokens"_s).toInteger(), 110);
        QCOMPARE(total.value(u"cachedTokens"_s).toInteger(), 45);
        QCOMPARE(total.value(u"outputTokens"_s).toInteger(), 9);
    }

    void requestsWithoutAccountAreNotCounted()
    {
        QTemporaryDir dir;
        UsageStats stats(dir.filePath(u"usage.json"_s));
        stats.record(record(QString(), u"m"_s, u"u"_s, 1, 0, 1));
        QVERIFY(stats.entries().isEmpty());
        QVERIFY(!stats.hasUnsavedChanges());
    }

    void jsonViews()
    {
        QTemporaryDir dir;
        UsageStats stats(dir.filePath(u"usage.json"_s));
        stats.record(record(u"a@x.com"_s, u"c1"_s, u"u1"_s, 10, 0, 1), at("2026-11-20T12:00:00Z"));
        stats.record(record(u"a@x.com"_s, u"c1"_s, u"u1"_s, 20, 0, 2), at("2026-11-26T12:00:00Z"));
        stats.record(record(u"b@x.com"_s, u"c2"_s, u"u2"_s, 30, 3, 3), at("2026-11-26T13:00:00Z"));

        const QJsonObject all = stats.toJson(0, QDate(2026, 11, 26));
        const QJsonArray days = all.value(u"days"_s).toArray();
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.first().toObject().value(u"date"_s).toString(), u"2026-11-26"_s); // newest first
        QCOMPARE(days.last().toObject().value(u"date"_s).toString(), u"2026-11-20"_s);
        QCOMPARE(all.value(u"byAccount"_s).toObject().value(u"a@x.com"_s).toObject().value(u"requests"_s).toInteger(), 2);
        QCOMPARE(all.value(u"byModel"_s).toObject().value(u"u2"_s).toObject().value(u"cachedTokens"_s).toInteger(), 3);

        const QJsonObject lastWeek = stats.toJson(7, QDate(2026, 11, 26));
        QCOMPARE(lastWeek.value(u"days"_s).toArray().size(), 3); // the 20th is within 7 days of the 26th
        const QJsonObject today = stats.toJson(1, QDate(2026, 11, 26));
        QCOMPARE(today.value(u"days"_s).toArray().size(), 2);
        QCOMPARE(today.value(u"total"_s).toObject().value(u"inputTokens"_s).toInteger(), 50);
    }

    void persistenceRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/usage.json"_s);
        {
            UsageStats stats(path);
            QVERIFY(stats.load());
            stats.record(record(u"a@x.com"_s, u"c1"_s, u"u1"_s, 10, 4, 1), at("2026-11-25T12:00:00Z"));
            stats.record(record(u"a@x.com"_s, u"c1"_s, u"u1"_s, 20, 0, 2), at("2026-11-26T12:00:00Z"));
            // Not written per request: only by the timer or flush().
            QVERIFY(!QFile::exists(path));
            QVERIFY(stats.hasUnsavedChanges());
        } // the destructor flushes (shutdown)
        QVERIFY(QFile::exists(path));

        UsageStats reloaded(path);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.entries().size(), 2);
        QCOMPARE(reloaded.entries().first(), counters(1, 10, 4, 1));
        QCOMPARE(reloaded.entries().first().requests, 1);
        // Counting goes on from the loaded values.
        reloaded.record(record(u"a@x.com"_s, u"c1"_s, u"u1"_s, 5, 0, 1), at("2026-11-26T18:00:00Z"));
        QVERIFY(reloaded.flush());
        QVERIFY(!reloaded.hasUnsavedChanges());

        UsageStats third(path);
        QVERIFY(third.load());
        QCOMPARE(third.entries().last(), counters(2, 25, 0, 3));
    }

    void corruptFileIsNotClobbered_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated") << QByteArray("{\"version\":1,\"days\":{\"2026-11-26\":[{\"acc");
        QTest::newRow("not an object") << QByteArray("[1,2,3]");
        QTest::newRow("days missing") << QByteArray("{\"version\":1}");
    }

    void corruptFileIsNotClobbered()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"usage.json"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        {
            UsageStats stats(path);
            QVERIFY(!stats.load());
            QVERIFY(stats.errorString().contains(path));
            stats.record(record(u"a@x.com"_s, u"c"_s, u"u"_s, 1, 0, 1));
            QCOMPARE(stats.entries().size(), 1); // still counted in memory
            QVERIFY(!stats.flush());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
};

QTEST_GUILESS_MAIN(TestUsageStats)
#include "tst_usagestats.moc"
