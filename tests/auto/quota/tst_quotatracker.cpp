// Quota from the x-codex-* reply headers and GET /wham/usage bodies (codex-protocol.md section 8), and the
// tracker that merges them per account and polls /wham/usage from a scripted backend on loopback.
#include "auth/accountstore.h"
#include "auth/filesecretstore.h"
#include "http/httphandler.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpserver.h"
#include "quota/quotatracker.h"
#include "upstream/upstreamclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Headers = QList<QPair<QByteArray, QByteArray>>;
Q_DECLARE_METATYPE(Headers)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {
const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

QByteArray unsignedJwt(const QJsonObject &payload)
{
    const auto b64 = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return b64(R"({"alg":"none"})") + '.' + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + ".sig";
}

// Serves GET /backend-api/wham/usage with a settable body and counts the calls and their headers.
class UsageBackend : public HttpHandler
{
public:
    int status = 200;
    QByteArray body;
    int calls = 0;
    QByteArray lastAuthorization;
    QByteArray lastAccountId;
    QByteArray lastPath;

    void handleRequest(const HttpRequest &request, HttpResponder *responder) override
    {
        ++calls;
        lastPath = request.path;
        lastAuthorization = request.header("authorization");
        lastAccountId = request.header("chatgpt-account-id");
        responder->send(status, "application/json", body);
    }
    QByteArray protocolErrorBody(const QByteArray &, int, const QString &) override { return {}; }
};
} // namespace

class TestQuotaTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<std::optional<double>>("primaryUsed");
        QTest::addColumn<int>("primaryMinutes"); // -1: absent
        QTest::addColumn<qint64>("primaryResetAt"); // -1: absent
        QTest::addColumn<std::optional<double>>("secondaryUsed");
        QTest::addColumn<qint64>("secondaryResetAt");

        const qint64 now = Now.toSecsSinceEpoch();
        QTest::newRow("full set, reset-at wins over reset-after")
            << Headers{{"x-codex-plan-type", "plus"},
                       {"x-codex-primary-used-percent", "12.5"},
                       {"x-codex-primary-window-minutes", "300"},
                       {"x-codex-primary-reset-after-seconds", "9000"},
                       {"x-codex-primary-reset-at", QByteArray::number(now + 9001)},
                       {"x-codex-secondary-used-percent", "3"},
                       {"x-codex-secondary-window-minutes", "10080"},
                       {"x-codex-secondary-reset-at", QByteArray::number(now + 500000)}}
            << true << u"plus"_s << std::optional<double>(12.5) << 300 << now + 9001 << std::optional<double>(3.0)
            << now + 500000;
        QTest::newRow("reset-after only")
            << Headers{{"X-Codex-Primary-Used-Percent", "99.9"}, {"x-codex-primary-reset-after-seconds", "60"}}
            << true << QString() << std::optional<double>(99.9) << -1 << now + 60 << std::optional<double>()
            << qint64(-1);
        QTest::newRow("empty values are absent")
            << Headers{{"x-codex-plan-type", ""},
                       {"x-codex-primary-used-percent", ""},
                       {"x-codex-primary-window-minutes", ""},
                       {"x-codex-primary-reset-at", ""},
                       {"x-codex-secondary-used-percent", "40"}}
            << true << QString() << std::optional<double>() << -1 << qint64(-1) << std::optional<double>(40.0)
            << qint64(-1);
        QTest::newRow("zero percent is a value")
            << Headers{{"x-codex-primary-used-percent", "0"}} << true << QString() << std::optional<double>(0.0) << -1
            << qint64(-1) << std::optional<double>() << qint64(-1);
        QTest::newRow("garbage is absent")
            << Headers{{"x-codex-primary-used-percent", "lots"}, {"x-codex-primary-reset-at", "soon"},
                       {"x-codex-secondary-used-percent", "nan"}}
            << false << QString() << std::optional<double>() << -1 << qint64(-1) << std::optional<double>()
            << qint64(-1);
        QTest::newRow("no quota headers")
            << Headers{{"content-type", "text/event-stream"}, {"x-request-id", "req_1"}} << false << QString()
            << std::optional<double>() << -1 << qint64(-1) << std::optional<double>() << qint64(-1);
        QTest::newRow("429 with plan only") << Headers{{"x-codex-plan-type", "pro"}} << true << u"pro"_s
                                            << std::optional<double>() << -1 << qint64(-1)
                                            << std::optional<double>() << qint64(-1);
    }

    void headers()
    {
        QFETCH(Headers, headers);
        QFETCH(bool, present);
        QFETCH(QString, plan);
        QFETCH(std::optional<double>, primaryUsed);
        QFETCH(int, primaryMinutes);
        QFETCH(qint64, primaryResetAt);
        QFETCH(std::optional<double>, secondaryUsed);
        QFETCH(qint64, secondaryResetAt);

        const std::optional<QuotaSnapshot> snapshot = QuotaSnapshot::fromHeaders(headers, Now);
        QCOMPARE(snapshot.has_value(), present);
        if (!present)
            return;
        QCOMPARE(snapshot->planType, plan);
        QCOMPARE(snapshot->primary.usedPercent, primaryUsed);
        QCOMPARE(snapshot->primary.windowMinutes.value_or(-1), primaryMinutes);
        QCOMPARE(snapshot->primary.resetAt.isValid() ? snapshot->primary.resetAt.toSecsSinceEpoch() : -1,
                 primaryResetAt);
        QCOMPARE(snapshot->secondary.usedPercent, secondaryUsed);
        QCOMPARE(snapshot->secondary.resetAt.isValid() ? snapshot->secondary.resetAt.toSecsSinceEpoch() : -1,
                 secondaryResetAt);
        QCOMPARE(snapshot->updatedAt, Now);
        // Unknown parts are null in the JSON, never 0.
        const QJsonObject json = snapshot->toJson(Now);
        QCOMPARE(json.value(u"five_hour"_s).toObject().value(u"used_percent"_s).isNull(), !primaryUsed);
        QCOMPARE(json.value(u"weekly"_s).toObject().value(u"reset_at"_s).isNull(), secondaryResetAt < 0);
    }

    void usageBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<std::optional<double>>("primaryUsed");
        QTest::addColumn<int>("primaryMinutes");
        QTest::addColumn<qint64>("primaryResetAt");
        QTest::addColumn<std::optional<double>>("secondaryUsed");
        QTest::addColumn<int>("secondaryMinutes");
        QTest::addColumn<bool>("hasCredits");
        QTest::addColumn<int>("limitReached"); // -1 unknown, 0/1

        const qint64 now = Now.toSecsSinceEpoch();
        QTest::newRow("full")
            << QByteArray(R"({"plan_type":"plus","rate_limit":{"allowed":true,"limit_reached":false,
                "primary_window":{"used_percent":12.5,"limit_window_seconds":18000,"reset_after_seconds":9000,"reset_at":)"
                          + QByteArray::number(now + 9000) + R"(},
                "secondary_window":{"used_percent":3,"limit_window_seconds":604800,"reset_after_seconds":500000,"reset_at":null}},
                "credits":{"has_credits":false,"unlimited":false,"balance":null}})")
            << true << u"plus"_s << std::optional<double>(12.5) << 300 << now + 9000 << std::optional<double>(3.0)
            << 10080 << true << 0;
        QTest::newRow("reset_after only")
            << QByteArray(R"({"rate_limit":{"primary_window":{"used_percent":100,"reset_after_seconds":120}}})") << true
            << QString() << std::optional<double>(100.0) << -1 << now + 120 << std::optional<double>() << -1 << false
            << -1;
        QTest::newRow("null parts")
            << QByteArray(R"({"plan_type":null,"rate_limit":{"allowed":null,"limit_reached":true,"primary_window":null,"secondary_window":null},"credits":null})")
            << true << QString() << std::optional<double>() << -1 << qint64(-1) << std::optional<double>() << -1
            << false << 1;
        QTest::newRow("null rate_limit") << QByteArray(R"({"plan_type":"free","rate_limit":null,"credits":null})")
                                         << true << u"free"_s << std::optional<double>() << -1 << qint64(-1)
                                         << std::optional<double>() << -1 << false << -1;
        QTest::newRow("null values inside windows")
            << QByteArray(R"({"rate_limit":{"primary_window":{"used_percent":null,"limit_window_seconds":null,"reset_after_seconds":null,"reset_at":null},"secondary_window":{"used_percent":"7.5"}}})")
            << true << QString() << std::optional<double>() << -1 << qint64(-1) << std::optional<double>(7.5) << -1
            << false << -1;
        QTest::newRow("not json") << QByteArray("<html>bad gateway</html>") << false << QString()
                                  << std::optional<double>() << -1 << qint64(-1) << std::optional<double>() << -1
                                  << false << -1;
        QTest::newRow("array") << QByteArray("[]") << false << QString() << std::optional<double>() << -1
                               << qint64(-1) << std::optional<double>() << -1 << false << -1;
    }

    void usageBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QFETCH(QString, plan);
        QFETCH(std::optional<double>, primaryUsed);
        QFETCH(int, primaryMinutes);
        QFETCH(qint64, primaryResetAt);
        QFETCH(std::optional<double>, secondaryUsed);
        QFETCH(int, secondaryMinutes);
        QFETCH(bool, hasCredits);
        QFETCH(int, limitReached);

        QString error;
        const std::optional<QuotaSnapshot> snapshot = QuotaSnapshot::fromUsageJson(body, Now, &error);
        QCOMPARE(snapshot.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (!valid)
            return;
        QCOMPARE(snapshot->planType, plan);
        QCOMPARE(snapshot->primary.usedPercent, primaryUsed);
        QCOMPARE(snapshot->primary.windowMinutes.value_or(-1), primaryMinutes);
        QCOMPARE(snapshot->primary.resetAt.isValid() ? snapshot->primary.resetAt.toSecsSinceEpoch() : -1,
                 primaryResetAt);
        QCOMPARE(snapshot->secondary.usedPercent, secondaryUsed);
        QCOMPARE(snapshot->secondary.windowMinutes.value_or(-1), secondaryMinutes);
        QCOMPARE(!snapshot->credits.isEmpty(), hasCredits);
        QCOMPARE(snapshot->limitReached ? int(*snapshot->limitReached) : -1, limitReached);
    }

    void mergeKeepsWhatNewerDoesNotKnow()
    {
        QuotaSnapshot stored = *QuotaSnapshot::fromUsageJson(
            R"({"plan_type":"plus","rate_limit":{"primary_window":{"used_percent":10,"reset_at":1800009000},"secondary_window":{"used_percent":2}},"credits":{"has_credits":true}})",
            Now);
        const QuotaSnapshot fromHeaders = *QuotaSnapshot::fromHeaders({{"x-codex-primary-used-percent", "11"}},
                                                                      Now.addSecs(5));
        stored.mergeFrom(fromHeaders);
        QCOMPARE(stored.primary.usedPercent, std::optional<double>(11));
        QCOMPARE(stored.primary.resetAt.toSecsSinceEpoch(), 1800009000);
        QCOMPARE(stored.secondary.usedPercent, std::optional<double>(2));
        QCOMPARE(stored.planType, u"plus"_s);
        QVERIFY(stored.credits.value(u"has_credits"_s).toBool());
        QCOMPARE(stored.updatedAt, Now.addSecs(5));
    }

    void trackerEmitsOnChangeOnly()
    {
        QuotaTracker tracker(nullptr, nullptr);
        QSignalSpy spy(&tracker, &QuotaTracker::quotaChanged);
        tracker.updateFromHeaders(u"a@example.com"_s, {{"x-codex-primary-used-percent", "5"}});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"a@example.com"_s);
        QCOMPARE(spy.at(0).at(1).value<QuotaSnapshot>().primary.usedPercent, std::optional<double>(5));
        tracker.updateFromHeaders(u"a@example.com"_s, {{"content-type", "text/event-stream"}});
        QCOMPARE(spy.count(), 1); // nothing new
        tracker.updateFromHeaders(u"b@example.com"_s, {{"x-codex-secondary-used-percent", "50"}});
        QCOMPARE(spy.count(), 2);
        QCOMPARE(tracker.snapshot(u"a@example.com"_s)->primary.usedPercent, std::optional<double>(5));
        QVERIFY(!tracker.snapshot(u"a@example.com"_s)->secondary.usedPercent);
        QCOMPARE(tracker.snapshot(u"b@example.com"_s)->secondary.usedPercent, std::optional<double>(50));
        QVERIFY(!tracker.snapshot(u"c@example.com"_s));
        QVERIFY(!tracker.updateFromUsageBody(u"a@example.com"_s, "not json"));
        QCOMPARE(spy.count(), 2);
    }

    void trackerPollsUsage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        UsageBackend backend;
        backend.body = R"({"plan_type":"pro","rate_limit":{"primary_window":{"used_percent":42,"limit_window_seconds":18000},"secondary_window":null},"credits":null})";
        HttpServer server(&backend);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        AccountStore accounts(dir.path(), std::make_unique<FileSecretStore>(dir.filePath(u"secrets.json"_s)));
        Account account;
        account.email = u"dev@example.com"_s;
        account.accountId = u"acc-1"_s;
        const QString accessToken = QString::fromLatin1(
            unsignedJwt({{u"exp"_s, QDateTime::currentSecsSinceEpoch() + 3600}}));
        QVERIFY(accounts.addOrUpdate(account, AccountTokens(QString(), accessToken, u"rt"_s)));

        UpstreamConfig config;
        config.baseUrl = QUrl(u"http://127.0.0.1:%1/backend-api/codex"_s.arg(server.serverPort()));
        UpstreamClient upstream(config);
        QuotaTracker tracker(&accounts, &upstream);
        QSignalSpy spy(&tracker, &QuotaTracker::quotaChanged);

        // Two refreshes at once share one request.
        int done = 0;
        tracker.refresh(account.email, [&done] { ++done; });
        tracker.refresh(account.email, [&done] { ++done; });
        QTRY_COMPARE(done, 2);
        QCOMPARE(backend.calls, 1);
        QCOMPARE(backend.lastPath, QByteArray("/backend-api/wham/usage"));
        QCOMPARE(backend.lastAuthorization, "Bearer " + accessToken.toLatin1());
        QCOMPARE(backend.lastAccountId, QByteArray("acc-1"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(tracker.snapshot(account.email)->planType, u"pro"_s);
        QCOMPARE(tracker.snapshot(account.email)->primary.usedPercent, std::optional<double>(42));
        QCOMPARE(tracker.snapshot(account.email)->primary.windowMinutes, std::optional<int>(300));

        // Fresh: answered without asking again; forced: asked again.
        tracker.refresh(account.email, [&done] { ++done; });
        QCOMPARE(done, 3);
        QCOMPARE(backend.calls, 1);
        backend.status = 500;
        backend.body = R"({"error":{"message":"boom"}})";
        tracker.refreshAll([&done] { ++done; }, true);
        QTRY_COMPARE(done, 4);
        QCOMPARE(backend.calls, 2);
        // A failed poll keeps what was known.
        QCOMPARE(tracker.snapshot(account.email)->primary.usedPercent, std::optional<double>(42));

        // Unknown accounts finish at once without a request.
        tracker.refresh(u"nobody@example.com"_s, [&done] { ++done; }, true);
        QCOMPARE(done, 5);
        QCOMPARE(backend.calls, 2);
    }
};

QTEST_GUILESS_MAIN(TestQuotaTracker)
#include "tst_quotatracker.moc"
