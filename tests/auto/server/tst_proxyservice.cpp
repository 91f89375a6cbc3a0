// ProxyService::applySettings with the real worker thread over real loopback HTTP: a new port moves the listener
// without a restart while a stream in flight on the old one finishes there; a port that cannot be had changes
// nothing; other settings apply from the next request.
#include "auth/accountstore.h"
#include "auth/filesecretstore.h"
#include "http/httphandler.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpserver.h"
#include "server/proxyservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray event(const QJsonObject &json)
{
    return "event: " + json.value("type"_L1).toString().toUtf8() + "\ndata: "
        + QJsonDocument(json).toJson(QJsonDocument::Compact) + "\n\n";
}

// The Codex backend, holding every /responses stream open after its first text delta until finish().
class HoldingUpstream : public HttpHandler
{
public:
    QList<QPointer<HttpResponder>> held;

    void handleRequest(const HttpRequest &request, HttpResponder *responder) override
    {
        if (request.method != "POST" || !request.path.endsWith("/responses")) {
            responder->send(404, "application/json", R"({"detail":"Not Found"})");
            return;
        }
        const QJsonObject message{{u"id"_s, u"msg_1"_s}, {u"type"_s, u"message"_s}, {u"role"_s, u"assistant"_s},
                                  {u"content"_s, QJsonArray()}};
        responder->beginStream(200, "text/event-stream");
        responder->writeChunk(
            event({{u"type"_s, u"response.created"_s}, {u"response"_s, QJsonObject{{u"id"_s, u"resp_1"_s}}}})
            + event({{u"type"_s, u"response.output_item.added"_s}, {u"output_index"_s, 0}, {u"item"_s, message}})
            + event({{u"type"_s, u"response.content_part.added"_s}, {u"output_index"_s, 0}, {u"item_id"_s, u"msg_1"_s},
                     {u"content_index"_s, 0},
                     {u"part"_s, QJsonObject{{u"type"_s, u"output_text"_s}, {u"text"_s, QString()}}}})
            + event({{u"type"_s, u"response.output_text.delta"_s}, {u"output_index"_s, 0}, {u"item_id"_s, u"msg_1"_s},
                     {u"content_index"_s, 0}, {u"delta"_s, u"Hello"_s}}));
        held.append(responder);
    }

    void finish()
    {
        const QJsonObject done{{u"id"_s, u"msg_1"_s}, {u"type"_s, u"message"_s}, {u"role"_s, u"assistant"_s},
                               {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"output_text"_s}, {u"text"_s, u"Hello"_s}}}}};
        for (const QPointer<HttpResponder> &responder : std::as_const(held)) {
            if (!responder)
                continue;
            responder->writeChunk(
                event({{u"type"_s, u"response.output_item.done"_s}, {u"output_index"_s, 0}, {u"item"_s, done}})
                + event({{u"type"_s, u"response.completed"_s},
                         {u"response"_s, QJsonObject{{u"id"_s, u"resp_1"_s}, {u"status"_s, u"completed"_s},
                                                     {u"usage"_s, QJsonObject{{u"input_tokens"_s, 5}, {u"output_tokens"_s, 1}}}}}}));
            responder->endStream();
        }
        held.clear();
    }

    QByteArray protocolErrorBody(const QByteArray &, int, const QString &message) override { return message.toUtf8(); }
};

QByteArray unsignedJwt(const QJsonObject &payload)
{
    return "eyJhbGciOiJub25lIn0."
        + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding
                                                                         | QByteArray::OmitTrailingEquals)
        + ".sig";
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class tst_ProxyService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    HoldingUpstream m_script;
    std::unique_ptr<HttpServer> m_upstream;
    std::unique_ptr<ProxyService> m_service;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    ProxySettings m_settings;

    QNetworkReply *get(quint16 port, const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return m_network.get(request);
    }
    // Status of a finished GET (0 when the connection failed), and the network error.
    std::pair<int, QNetworkReply::NetworkError> status(quint16 port, const QString &path,
                                                       const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkReply *reply = get(port, path, headers);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qWarning("request timed out");
        const std::pair result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error()};
        reply->deleteLater();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_upstream = std::make_unique<HttpServer>(&m_script);
        QVERIFY(m_upstream->listen(QHostAddress::LocalHost, 0));
        qputenv("CODEX_BRIDGE_CONFIG_DIR", m_dir.path().toUtf8());
        qputenv("CODEX_BRIDGE_SECRET_STORE", "file");
        qputenv("CODEX_BRIDGE_UPSTREAM_URL", "http://127.0.0.1:" + QByteArray::number(m_upstream->serverPort())
                                                 + "/backend-api/codex");
        {
            AccountStore accounts(m_dir.path(), std::make_unique<FileSecretStore>(m_dir.filePath(u"secrets.json"_s)));
            Account account;
            account.email = u"one@example.com"_s;
            account.accountId = u"acc-1"_s;
            account.planType = u"plus"_s;
            const QString access = QString::fromLatin1(unsignedJwt({{u"exp"_s, QDateTime::currentSecsSinceEpoch() + 3600}}));
            QVERIFY(accounts.addOrUpdate(account, AccountTokens(QString::fromLatin1(unsignedJwt({{u"email"_s, account.email}})),
                                                                access, u"rt-1"_s)));
        }
        m_settings.port = 0;
        m_service = std::make_unique<ProxyService>(m_settings);
        QSignalSpy started(m_service.get(), &ProxyService::started);
        m_service->start();
        QVERIFY(started.wait(10000));
        m_port = QUrl(started.at(0).at(0).toString()).port();
        QVERIFY(m_port > 0);
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_upstream.reset();
    }

    void portChangeMovesTheListenerAndLetsStreamsFinish()
    {
        // A stream in flight on the old port.
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/v1/messages"_s.arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("anthropic-version", "2023-06-01");
        QNetworkReply *stream = m_network.post(
            request, R"({"model":"claude-sonnet-4-5","max_tokens":10,"stream":true,"messages":[{"role":"user","content":"hi"}]})");
        QByteArray received;
        connect(stream, &QNetworkReply::readyRead, this, [&] { received += stream->readAll(); });
        QVERIFY(QTest::qWaitFor([&] { return received.contains("content_block_delta"); }, 10000));

        // And an idle kept-alive connection on it.
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(idle.waitForConnected(5000));
        idle.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray idleReply;
        QVERIFY(QTest::qWaitFor([&] { idleReply += idle.readAll(); return idleReply.contains("\"status\""); }, 10000));
        QVERIFY(idleReply.startsWith("HTTP/1.1 200"));
        QVERIFY(!idleReply.contains("Connection: close"));

        const quint16 oldPort = m_port;
        const quint16 newPort = freePort();
        QSignalSpy changed(m_service.get(), &ProxyService::settingsChanged);
        m_settings.port = newPort;
        m_service->applySettings(m_settings);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.at(0).at(0).value<ProxySettings>().port, newPort);
        m_port = newPort;

        QCOMPARE(status(newPort, u"/health"_s).first, 200);
        QCOMPARE(status(oldPort, u"/health"_s).second, QNetworkReply::ConnectionRefusedError);
        // The idle connection is closed, so its client comes back on the new port; the stream is still going.
        QVERIFY(QTest::qWaitFor([&] { return idle.state() == QAbstractSocket::UnconnectedState; }, 10000));
        QVERIFY(!stream->isFinished());

        m_script.finish();
        QVERIFY(QTest::qWaitFor([&] { return stream->isFinished(); }, 10000));
        received += stream->readAll();
        QCOMPARE(stream->error(), QNetworkReply::NoError);
        QVERIFY2(received.contains("event: message_stop"), received.right(300).constData());
        QVERIFY(!received.contains("event: error"));
        stream->deleteLater();
    }

    void refusedChangesLeaveTheListener_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("occupyPort");
        QTest::addColumn<QString>("clientKey");
        QTest::newRow("port in use") << u"127.0.0.1"_s << true << QString();
        QTest::newRow("wildcard without client key") << u"0.0.0.0"_s << false << QString();
        QTest::newRow("not an address") << u"proxy.example"_s << false << u"cb-key-12345"_s;
    }

    void refusedChangesLeaveTheListener()
    {
        QFETCH(QString, host);
        QFETCH(bool, occupyPort);
        QFETCH(QString, clientKey);
        QTcpServer occupier;
        if (occupyPort)
            QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        ProxySettings next = m_settings;
        next.host = host;
        next.port = occupyPort ? occupier.serverPort() : freePort();
        next.clientKey = clientKey;
        QSignalSpy failed(m_service.get(), &ProxyService::settingsFailed);
        QSignalSpy changed(m_service.get(), &ProxyService::settingsChanged);
        m_service->applySettings(next);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(status(m_port, u"/health"_s).first, 200);
        // Nothing else was taken either: no client key is asked for.
        QCOMPARE(status(m_port, u"/v1/models"_s, {{"anthropic-version", "2023-06-01"}}).first, 200);
    }

    void otherSettingsApplyToTheNextRequest()
    {
        QSignalSpy changed(m_service.get(), &ProxyService::settingsChanged);
        m_settings.clientKey = u"cb-key-12345"_s;
        m_service->applySettings(m_settings);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.at(0).at(0).value<ProxySettings>().port, m_port); // not moved
        QCOMPARE(status(m_port, u"/v1/models"_s, {{"anthropic-version", "2023-06-01"}}).first, 401);
        QCOMPARE(status(m_port, u"/v1/models"_s, {{"anthropic-version", "2023-06-01"}, {"x-api-key", "cb-key-12345"}}).first,
                 200);
    }
};

QTEST_GUILESS_MAIN(tst_ProxyService)
#include "tst_proxyservice.moc"
