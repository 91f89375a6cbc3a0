// GET/POST /settings: validation of every field (SettingsApi::merge), who may use the route, what is applied at
// run time and what is written to settings.json — over real HTTP on loopback.
#include "dashboardserver.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

class tst_SettingsApi : public QObject
{
    Q_OBJECT

    DashboardServer m_server;

    QString settingsFile() const { return m_server.dir.filePath(ProxySettings::fileName()); }
    QByteArray fileBytes() const
    {
        QFile file(settingsFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void cleanupTestCase() { m_server.stop(); }

    void init()
    {
        QFile::remove(settingsFile());
        m_server.applyError.clear();
        m_server.settings = ProxySettings();
        m_server.settings.port = 0;
        m_server.router->applySettings(m_server.settings);
    }

    void merge_data()
    {
        QTest::addColumn<QByteArray>("changes");
        QTest::addColumn<QString>("problemField"); // empty: valid
        QTest::addColumn<QByteArray>("expected");  // valid: these fields of SettingsApi::toJson afterwards

        QTest::newRow("nothing") << R"({})"_ba << QString() << R"({"host":"127.0.0.1","port":8081})"_ba;
        QTest::newRow("loopback host") << R"({"host":" 127.0.0.2 "})"_ba << QString() << R"({"host":"127.0.0.2"})"_ba;
        QTest::newRow("localhost") << R"({"host":"LocalHost"})"_ba << QString() << R"({"host":"localhost"})"_ba;
        QTest::newRow("ipv6 loopback in brackets") << R"({"host":"[::1]"})"_ba << QString() << R"({"host":"::1"})"_ba;
        QTest::newRow("host name") << R"({"host":"example.com"})"_ba << u"host"_s << QByteArray();
        QTest::newRow("empty host") << R"({"host":""})"_ba << u"host"_s << QByteArray();
        QTest::newRow("host not a string") << R"({"host":127})"_ba << u"host"_s << QByteArray();
        QTest::newRow("wildcard without key") << R"({"host":"0.0.0.0"})"_ba << u"clientKey"_s << QByteArray();
        QTest::newRow("wildcard with key") << R"({"host":"0.0.0.0","clientKey":"k-12345678"})"_ba << QString()
                                           << R"({"host":"0.0.0.0","clientKey":"k-12345678"})"_ba;
        QTest::newRow("port") << R"({"port":8090})"_ba << QString() << R"({"port":8090})"_ba;
        QTest::newRow("port 0") << R"({"port":0})"_ba << u"port"_s << QByteArray();
        QTest::newRow("port too large") << R"({"port":65536})"_ba << u"port"_s << QByteArray();
        QTest::newRow("port fraction") << R"({"port":8081.5})"_ba << u"port"_s << QByteArray();
        QTest::newRow("port as text") << R"({"port":"8081"})"_ba << u"port"_s << QByteArray();
        QTest::newRow("no client key") << R"({"clientKey":""})"_ba << QString() << R"({"clientKey":""})"_ba;
        QTest::newRow("client key") << R"({"clientKey":"cb-AbC_123-xyz"})"_ba << QString()
                                    << R"({"clientKey":"cb-AbC_123-xyz"})"_ba;
        QTest::newRow("client key too short") << R"({"clientKey":"short"})"_ba << u"clientKey"_s << QByteArray();
        QTest::newRow("client key with space") << R"({"clientKey":"has a space"})"_ba << u"clientKey"_s << QByteArray();
        QTest::newRow("client key not ASCII") << R"({"clientKey":"schlüssel-123"})"_ba << u"clientKey"_s << QByteArray();
        QTest::newRow("client key not a string") << R"({"clientKey":12345678})"_ba << u"clientKey"_s << QByteArray();
        QTest::newRow("rotation") << R"({"rotation":"round-robin"})"_ba << QString() << R"({"rotation":"round-robin"})"_ba;
        QTest::newRow("unknown rotation") << R"({"rotation":"random"})"_ba << u"rotation"_s << QByteArray();
        QTest::newRow("model mapping")
            << R"({"modelMapping":{"families":{"opus":"gpt-5.4"},"aliases":{"My-Model":"gpt-5.4-mini"}}})"_ba << QString()
            << R"({"modelMapping":{"families":{"opus":"gpt-5.4","sonnet":"gpt-5.5","haiku":"gpt-5.4-mini"},"aliases":{"my-model":"gpt-5.4-mini"}}})"_ba;
        QTest::newRow("unknown family") << R"({"modelMapping":{"families":{"gpt":"x"}}})"_ba << u"modelMapping"_s << QByteArray();
        QTest::newRow("empty alias target") << R"({"modelMapping":{"aliases":{"a":""}}})"_ba << u"modelMapping"_s << QByteArray();
        QTest::newRow("mapping not an object") << R"({"modelMapping":"gpt-5.5"})"_ba << u"modelMapping"_s << QByteArray();
        QTest::newRow("system as instructions") << R"({"systemAsInstructions":true})"_ba << QString()
                                                << R"({"systemAsInstructions":true})"_ba;
        QTest::newRow("system as instructions text") << R"({"systemAsInstructions":"yes"})"_ba
                                                     << u"systemAsInstructions"_s << QByteArray();
        QTest::newRow("unknown field") << R"({"colour":"blue"})"_ba << u"colour"_s << QByteArray();
        QTest::newRow("one bad field spoils all") << R"({"port":8090,"rotation":"nope"})"_ba << u"rotation"_s << QByteArray();
    }

    void merge()
    {
        QFETCH(QByteArray, changes);
        QFETCH(QString, problemField);
        QFETCH(QByteArray, expected);

        ProxySettings settings;
        const QJsonObject before = SettingsApi::toJson(settings);
        const std::optional<SettingsApi::Problem> problem
            = SettingsApi::merge(QJsonDocument::fromJson(changes).object(), &settings);
        if (!problemField.isEmpty()) {
            QVERIFY(problem);
            QCOMPARE(problem->field, problemField);
            QVERIFY(!problem->message.isEmpty());
            QCOMPARE(SettingsApi::toJson(settings), before); // untouched
            return;
        }
        QVERIFY2(!problem, qPrintable(problem ? problem->message : QString()));
        const QJsonObject after = SettingsApi::toJson(settings);
        const QJsonObject want = QJsonDocument::fromJson(expected).object();
        for (auto it = want.begin(); it != want.end(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
    }

    void authorization_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<int>("status");

        using H = HeaderList;
        QTest::newRow("nothing") << "GET"_ba << H{} << 403;
        QTest::newRow("wrong key") << "GET"_ba << H{{"X-Codex-Bridge-Key", "nope"}} << 403;
        QTest::newRow("page GET (no Origin)") << "GET"_ba << H{{"Sec-Fetch-Site", "same-origin"}} << 200;
        QTest::newRow("GET from another site") << "GET"_ba << H{{"Sec-Fetch-Site", "cross-site"}} << 403;
        QTest::newRow("GET from another origin")
            << "GET"_ba << H{{"Sec-Fetch-Site", "same-origin"}, {"Origin", "http://evil.example"}} << 403;
        QTest::newRow("GET from a same-site page") << "GET"_ba << H{{"Sec-Fetch-Site", "same-site"}} << 403;
        QTest::newRow("POST without Origin") << "POST"_ba << H{{"Sec-Fetch-Site", "same-origin"}} << 403;
        QTest::newRow("POST from another origin")
            << "POST"_ba << H{{"Sec-Fetch-Site", "same-origin"}, {"Origin", "http://localhost:1"}} << 403;
    }

    void authorization()
    {
        QFETCH(QByteArray, method);
        QFETCH(HeaderList, headers);
        QFETCH(int, status);
        const HttpResult result
            = m_server.request(method, u"/settings"_s, headers, method == "POST" ? R"({"rotation":"sticky"})"_ba : QByteArray());
        QCOMPARE(result.status, status);
        if (status == 403) {
            QVERIFY(result.json().value("error"_L1).isObject());
            QVERIFY(!QFile::exists(settingsFile()));
            QCOMPARE(m_server.settings.rotation, u"off"_s);
        }
    }

    void getShowsTheSettingsInEffect()
    {
        m_server.settings.rotation = u"sticky"_s;
        const HttpResult result = m_server.fromPage("GET", u"/settings"_s);
        QCOMPARE(result.status, 200);
        const QJsonObject settings = result.json().value("settings"_L1).toObject();
        QCOMPARE(settings.value("port"_L1).toInt(), int(m_server.server->serverPort()));
        QCOMPARE(settings.value("host"_L1).toString(), u"127.0.0.1"_s);
        QCOMPARE(settings.value("rotation"_L1).toString(), u"sticky"_s);
        QCOMPARE(result.json().value("url"_L1).toString(), QString::fromLatin1(m_server.origin()));
        QCOMPARE(result.header("cache-control"), "no-store"_ba);
    }

    void postAppliesAndSavesOnlyWhatWasSent()
    {
        const int calls = m_server.applyCalls;
        const HttpResult result = m_server.fromPage(
            "POST", u"/settings"_s,
            R"({"rotation":"round-robin","clientKey":"cb-test-key-1","modelMapping":{"families":{"haiku":"gpt-5.5"}}})");
        QCOMPARE(result.status, 200);
        QCOMPARE(m_server.applyCalls, calls + 1);
        QCOMPARE(m_server.settings.rotation, u"round-robin"_s);
        QCOMPARE(m_server.settings.clientKey, u"cb-test-key-1"_s);
        QCOMPARE(m_server.settings.modelMapper.familyTarget(ModelMapper::Family::Haiku), u"gpt-5.5"_s);
        QCOMPARE(result.json().value("settings"_L1).toObject().value("rotation"_L1).toString(), u"round-robin"_s);

        // The file gets the change on top of what it held: the run-time port (0 here, like `serve --port 0`) stays
        // out of it.
        const QJsonObject saved = QJsonDocument::fromJson(fileBytes()).object();
        QCOMPARE(saved.value("rotation"_L1).toString(), u"round-robin"_s);
        QCOMPARE(saved.value("clientKey"_L1).toString(), u"cb-test-key-1"_s);
        QCOMPARE(saved.value("port"_L1).toInt(), int(ProxySettings::DefaultPort));
        QCOMPARE(saved.value("modelMapping"_L1).toObject().value("families"_L1).toObject().value("haiku"_L1).toString(),
                 u"gpt-5.5"_s);
        QFile file(settingsFile());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        // In effect for the next request: the API now wants the client key...
        const QByteArray count = R"({"model":"x","max_tokens":1,"messages":[]})";
        QCOMPARE(m_server.request("POST", u"/v1/messages/count_tokens"_s, {{"anthropic-version", "2023-06-01"}}, count).status, 401);
        QCOMPARE(m_server.request("POST", u"/v1/messages/count_tokens"_s,
                                  {{"anthropic-version", "2023-06-01"}, {"x-api-key", "cb-test-key-1"}}, count)
                     .status,
                 200);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("not JSON") << "port=8090"_ba << 400 << QString();
        QTest::newRow("an array") << "[1]"_ba << 400 << QString();
        QTest::newRow("bad port") << R"({"port":70000,"rotation":"sticky"})"_ba << 400 << u"port"_s;
        QTest::newRow("unknown field") << R"({"theme":"dark"})"_ba << 400 << u"theme"_s;
    }

    void badInputChangesNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const int calls = m_server.applyCalls;
        const HttpResult result = m_server.fromPage("POST", u"/settings"_s, body);
        QCOMPARE(result.status, status);
        QCOMPARE(result.json().value("success"_L1).toBool(true), false);
        QCOMPARE(result.json().value("field"_L1).toString(), field);
        QVERIFY(!result.json().value("error"_L1).toObject().value("message"_L1).toString().isEmpty());
        QCOMPARE(m_server.applyCalls, calls);
        QVERIFY(!QFile::exists(settingsFile()));
    }

    void applyFailureSavesNothing()
    {
        m_server.applyError = u"Cannot listen on 127.0.0.1 port 8090: address in use"_s;
        const HttpResult result = m_server.fromPage("POST", u"/settings"_s, R"({"port":8090})");
        QCOMPARE(result.status, 409);
        QCOMPARE(result.json().value("field"_L1).toString(), u"port"_s);
        QVERIFY(result.json().value("error"_L1).toObject().value("message"_L1).toString().contains("address in use"_L1));
        QVERIFY(!QFile::exists(settingsFile()));
    }

    void unreadableFileIsLeftAlone()
    {
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        const int calls = m_server.applyCalls;
        const HttpResult result = m_server.fromPage("POST", u"/settings"_s, R"({"rotation":"sticky"})");
        QCOMPARE(result.status, 409);
        QCOMPARE(m_server.applyCalls, calls);
        QCOMPARE(fileBytes(), "{ not json"_ba);
    }

    void otherMethods()
    {
        QCOMPARE(m_server.fromPage("PUT", u"/settings"_s, "{}").status, 405);
        QCOMPARE(m_server.fromPage("DELETE", u"/settings"_s).status, 405);
    }

    // With a client key the guard no longer insists on a loopback Host; a DNS-rebinding page (same-origin to the
    // browser, under its own host name) must still not read the dashboard's data.
    void rebindingPageWithClientKey()
    {
        m_server.settings.clientKey = u"cb-test-key-2"_s;
        m_server.router->applySettings(m_server.settings);
        const QByteArray host = "evil.example:" + QByteArray::number(m_server.server->serverPort());
        QCOMPARE(m_server.request("GET", u"/settings"_s, {{"Sec-Fetch-Site", "same-origin"}, {"Host", host}}).status, 403);
        QCOMPARE(m_server.request("GET", u"/requests/recent"_s, {{"Sec-Fetch-Site", "same-origin"}, {"Host", host}}).status, 403);
        QCOMPARE(m_server.request("GET", u"/accounts"_s, {{"Sec-Fetch-Site", "same-origin"}, {"Host", host}}).status, 403);
        QCOMPARE(m_server.fromPage("GET", u"/settings"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_SettingsApi)
#include "tst_settingsapi.moc"
