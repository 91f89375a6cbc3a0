// The dashboard page and its request log over real HTTP: the compiled-in files with their security headers, the
// recent log and its live SSE stream (backlog after Last-Event-ID, the "moved" event), and who may read them.
#include "dashboardserver.h"

#include "dashboard/requestlog.h"
#include "dashboard/requestlogfeed.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
struct Event
{
    QByteArray id;
    QByteArray name;
    QByteArray data;
};

// Complete events in `buffer` (consumed from it); comments and retry lines are skipped.
QList<Event> takeEvents(QByteArray *buffer)
{
    QList<Event> events;
    qsizetype end;
    while ((end = buffer->indexOf("\n\n")) >= 0) {
        const QByteArray block = buffer->left(end);
        buffer->remove(0, end + 2);
        Event event;
        for (const QByteArray &line : block.split('\n')) {
            if (line.startsWith("id: "))
                event.id = line.mid(4);
            else if (line.startsWith("event: "))
                event.name = line.mid(7);
            else if (line.startsWith("data: "))
                event.data = line.mid(6);
        }
        if (!event.name.isEmpty())
            events.append(event);
    }
    return events;
}
} // namespace

class tst_DashboardRoutes : public QObject
{
    Q_OBJECT

    DashboardServer m_server;

    // A request the router answers itself (bad JSON -> 400) and logs, with a "prompt" that must never show up.
    void makeLoggedRequest()
    {
        const HttpResult result = m_server.request("POST", u"/v1/messages"_s, {{"anthropic-version", "2023-06-01"}},
                                                   R"({"model": "claude-x", "messages": [ "secret prompt text" )");
        QCOMPARE(result.status, 400);
    }

    QNetworkReply *openStream(const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
    {
        QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/requests/stream"_s.arg(m_server.server->serverPort())));
        for (const auto &[name, value] : m_server.pageHeaders("GET"))
            req.setRawHeader(name, value);
        for (const auto &[name, value] : extraHeaders)
            req.setRawHeader(name, value);
        return m_server.network.get(req);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        RequestLog *log = m_server.dashboard->requestLog();
        connect(m_server.router.get(), &ApiRouter::requestFinished, log,
                [log](const RequestRecord &record) { log->append(record); });
    }
    void cleanupTestCase() { m_server.stop(); }

    void page_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("/") << u"/"_s << "text/html; charset=utf-8"_ba << R"(<script src="/app.js" defer></script>)"_ba;
        QTest::newRow("index.html") << u"/index.html"_s << "text/html; charset=utf-8"_ba << "<main id=\"sections\">"_ba;
        QTest::newRow("app.js") << u"/app.js"_s << "text/javascript; charset=utf-8"_ba << "Dashboard.register({"_ba;
        QTest::newRow("style.css") << u"/style.css"_s << "text/css; charset=utf-8"_ba << "prefers-color-scheme: dark"_ba;
        QTest::newRow("favicon") << u"/favicon.svg"_s << "image/svg+xml"_ba << "<svg"_ba;
    }

    void page()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, marker);
        // No key and no browser headers: the page itself holds no data.
        const HttpResult result = m_server.request("GET", path, {});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("content-type"), contentType);
        QVERIFY2(result.body.contains(marker), result.body.left(200).constData());
        const QByteArray csp = result.header("content-security-policy");
        QVERIFY(csp.contains("default-src 'self'"));
        QVERIFY(csp.contains("script-src 'self'"));
        QVERIFY(csp.contains("connect-src 'self'"));
        QVERIFY(csp.contains("frame-ancestors 'none'"));
        QVERIFY(!csp.contains("unsafe"));
        QCOMPARE(result.header("x-frame-options"), "DENY"_ba);
        QCOMPARE(result.header("x-content-type-options"), "nosniff"_ba);
        QCOMPARE(result.header("cache-control"), "no-store"_ba);
        QCOMPARE(result.header("referrer-policy"), "no-referrer"_ba);
    }

    void pageRefusesOtherOriginsAndMethods()
    {
        QCOMPARE(m_server.request("POST", u"/"_s, {}, "x").status, 405);
        QCOMPARE(m_server.request("GET", u"/"_s, {{"Origin", "http://evil.example"}}).status, 403);
        QCOMPARE(m_server.request("GET", u"/"_s, {{"Host", "evil.example"}}).status, 403);
        const HttpResult head = m_server.request("HEAD", u"/"_s, {});
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(m_server.request("GET", u"/app.js.map"_s, {}).status, 404);
    }

    void recent()
    {
        QCOMPARE(m_server.request("GET", u"/requests/recent"_s, {}).status, 403);
        const quint64 before = m_server.dashboard->requestLog()->lastId();
        makeLoggedRequest();
        makeLoggedRequest();
        const HttpResult result = m_server.fromPage("GET", u"/requests/recent?limit=1"_s);
        QCOMPARE(result.status, 200);
        QVERIFY(!result.body.contains("secret prompt text"));
        const QJsonObject json = result.json();
        QCOMPARE(quint64(json.value("lastId"_L1).toInteger()), before + 2);
        const QJsonArray list = json.value("requests"_L1).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(quint64(list.at(0).toObject().value("id"_L1).toInteger()), before + 2);
        QCOMPARE(list.at(0).toObject().value("path"_L1).toString(), u"/v1/messages"_s);
        QCOMPARE(list.at(0).toObject().value("status"_L1).toInt(), 400);
        QCOMPARE(m_server.withKey("GET", u"/requests/recent"_s).json().value("requests"_L1).toArray().size(),
                 int(qMin<quint64>(before + 2, RequestLog::DefaultCapacity)));
    }

    void stream()
    {
        QNetworkReply *reply = openStream();
        QByteArray buffer;
        connect(reply, &QNetworkReply::readyRead, this, [&] { buffer += reply->readAll(); });
        QVERIFY(QTest::qWaitFor([&] { return buffer.contains(": connected"); }, 10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("content-type"), "text/event-stream; charset=utf-8"_ba);

        const quint64 first = m_server.dashboard->requestLog()->lastId() + 1;
        makeLoggedRequest();
        makeLoggedRequest();
        QList<Event> events;
        QVERIFY(QTest::qWaitFor([&] { events += takeEvents(&buffer); return events.size() >= 2; }, 10000));
        QCOMPARE(events.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(events[i].name, "request"_ba);
            QCOMPARE(events[i].id.toULongLong(), first + i);
            const QJsonObject data = QJsonDocument::fromJson(events[i].data).object();
            QCOMPARE(quint64(data.value("id"_L1).toInteger()), first + i);
            QCOMPARE(data.value("status"_L1).toInt(), 400);
            QVERIFY(!events[i].data.contains("secret prompt text"));
        }
        QCOMPARE(m_server.dashboard->feed()->subscriberCount(), 1);

        // A reconnecting EventSource gets what it missed first.
        QNetworkReply *again = openStream({{"Last-Event-ID", QByteArray::number(first)}});
        QByteArray againBuffer;
        connect(again, &QNetworkReply::readyRead, this, [&] { againBuffer += again->readAll(); });
        QList<Event> missed;
        QVERIFY(QTest::qWaitFor([&] { missed += takeEvents(&againBuffer); return !missed.isEmpty(); }, 10000));
        QCOMPARE(missed.size(), 1);
        QCOMPARE(missed[0].id.toULongLong(), first + 1);

        // Settings changed elsewhere (the tray): every page hears of it.
        m_server.dashboard->feed()->broadcastEvent("settings", QJsonObject{{u"x"_s, 1}});
        QVERIFY(QTest::qWaitFor([&] { events = takeEvents(&buffer); return !events.isEmpty(); }, 10000));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].name, "settings"_ba);
        QCOMPARE(events[0].data, R"({"x":1})"_ba);

        // The proxy moved: every page is told where, and the streams end cleanly.
        m_server.dashboard->feed()->announceMove(u"http://127.0.0.1:4242"_s);
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished() && again->isFinished(); }, 10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        buffer += reply->readAll();
        events = takeEvents(&buffer);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].name, "moved"_ba);
        QCOMPARE(QJsonDocument::fromJson(events[0].data).object().value("url"_L1).toString(), u"http://127.0.0.1:4242"_s);
        QCOMPARE(m_server.dashboard->feed()->subscriberCount(), 0);
        reply->deleteLater();
        again->deleteLater();
    }

    void streamRefusesStrangers()
    {
        QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/requests/stream"_s.arg(m_server.server->serverPort())));
        req.setRawHeader("Origin", "http://evil.example");
        QNetworkReply *reply = m_server.network.get(req);
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        reply->deleteLater();
        QCOMPARE(m_server.request("POST", u"/requests/recent"_s, m_server.pageHeaders("POST"), "{}").status, 405);
    }

    void eventBytes()
    {
        RequestLog::Entry entry;
        entry.id = 12;
        entry.finishedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        entry.record.status = 200;
        const QByteArray bytes = RequestLogFeed::eventBytes(entry);
        QVERIFY(bytes.startsWith("id: 12\nevent: request\ndata: {"));
        QVERIFY(bytes.endsWith("}\n\n"));
        QCOMPARE(bytes.count('\n'), 4); // one JSON line: a newline inside would end the event early
    }
};

QTEST_GUILESS_MAIN(tst_DashboardRoutes)
#include "tst_dashboardroutes.moc"
