// ProxyService as the tray and the CLI use it: the proxy runs on its worker thread while this (main) thread sends
// requests, receives requestFinished records across threads, and stops the service with streams still open.
// Meant for ThreadSanitizer as much as for the normal suite (tests/sanitizers/run-sanitized.sh tsan).
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
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray sseEvent(const QJsonObject &event)
{
    return "event: " + event.value(QLatin1String("type")).toString().toUtf8() + "\ndata: "
        + QJsonDocument(event).toJson(QJsonDocument::Compact) + "\n\n";
}

// A Responses stream with one text message; `complete` false leaves it open after the first delta.
QByteArray textStream(bool complete)
{
    const QJsonObject item{{QStringLiteral("id"), QStringLiteral("msg_1")}, {QStringLiteral("type"), QStringLiteral("message")},
                           {QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QJsonArray()}};
    QByteArray out = sseEvent({{QStringLiteral("type"), QStringLiteral("response.created")},
                               {QStringLiteral("response"), QJsonObject{{QStringLiteral("id"), QStringLiteral("resp_1")}}}})
        + sseEvent({{QStringLiteral("type"), QStringLiteral("response.output_item.added")}, {QStringLiteral("output_index"), 0},
                    {QStringLiteral("item"), item}})
        + sseEvent({{QStringLiteral("type"), QStringLiteral("response.output_text.delta")}, {QStringLiteral("output_index"), 0},
                    {QStringLiteral("item_id"), QStringLiteral("msg_1")}, {QStringLiteral("content_index"), 0},
                    {QStringLiteral("delta"), QStringLiteral("threaded")}});
    if (complete) {
        out += sseEvent({{QStringLiteral("type"), QStringLiteral("response.completed")},
                         {QStringLiteral("response"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("resp_1")}, {QStringLiteral("status"), QStringLiteral("completed")},
                                      {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), 5},
                                                                            {QStringLiteral("output_tokens"), 1}}}}}});
    }
    return out;
}

// The upstream, on the main thread: completes streams, or holds them open when asked to.
class Upstream : public HttpHandler
{
public:
    bool holdOpen = false;
    QList<QPointer<HttpResponder>> held;
    int requests = 0;

    void handleRequest(const HttpRequest &request, HttpResponder *responder) override
    {
        if (!request.path.endsWith("/responses")) {
            responder->send(404, "application/json", R"({"detail":"Not Found"})");
            return;
        }
        ++requests;
        responder->beginStream(200, "text/event-stream");
        responder->writeChunk(textStream(!holdOpen));
        if (holdOpen)
            held.append(responder);
        else
            responder->endStream();
    }
    QByteArray protocolErrorBody(const QByteArray &, int, const QString &message) override { return message.toUtf8(); }
};

QByteArray unsignedJwt(qint64 exp)
{
    const QJsonObject payload{{QStringLiteral("exp"), exp}};
    return "eyJhbGciOiJub25lIn0."
        + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + ".sig";
}
} // namespace

class tst_ProxyServiceThreads : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Upstream m_upstream;
    std::unique_ptr<HttpServer> m_upstreamServer;
    QNetworkAccessManager m_nam;

    QNetworkReply *post(const QString &url, bool stream)
    {
        QNetworkRequest request(QUrl(url + QStringLiteral("/v1/messages")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("anthropic-version", "2023-06-01");
        const QJsonObject body{{QStringLiteral("model"), QStringLiteral("claude-sonnet-4-5")}, {QStringLiteral("max_tokens"), 50},
                               {QStringLiteral("stream"), stream},
                               {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                                   {QStringLiteral("content"), QStringLiteral("hi")}}}}};
        return m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // Starts a service and returns its URL (empty on failure).
    static QString start(ProxyService &service)
    {
        QSignalSpy started(&service, &ProxyService::started);
        service.start();
        if (!started.wait(10000))
            return {};
        return started.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_upstreamServer = std::make_unique<HttpServer>(&m_upstream);
        QVERIFY(m_upstreamServer->listen(QHostAddress::LocalHost, 0));
        qputenv("CODEX_BRIDGE_CONFIG_DIR", m_dir.path().toUtf8());
        qputenv("CODEX_BRIDGE_SECRET_STORE", "file");
        qputenv("CODEX_BRIDGE_UPSTREAM_URL", QByteArray("http://127.0.0.1:") + QByteArray::number(m_upstreamServer->serverPort())
                                                 + "/backend-api/codex");
        AccountStore accounts(m_dir.path(), std::make_unique<FileSecretStore>(m_dir.filePath(FileSecretStore::defaultFileName())));
        Account account;
        account.email = QStringLiteral("threads@example.com");
        account.accountId = QStringLiteral("acc-threads");
        QVERIFY(accounts.addOrUpdate(account, AccountTokens(QString(), QString::fromLatin1(unsignedJwt(QDateTime::currentSecsSinceEpoch() + 3600)),
                                                            QStringLiteral("rt"))));
    }

    void init()
    {
        m_upstream.holdOpen = false;
        m_upstream.held.clear();
        m_upstream.requests = 0;
    }

    void concurrentRequestsAcrossThreads_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("stream");
        QTest::newRow("40 streaming") << 40 << true;
        QTest::newRow("40 non-streaming") << 40 << false;
    }

    void concurrentRequestsAcrossThreads()
    {
        QFETCH(int, count);
        QFETCH(bool, stream);
        ProxySettings settings;
        settings.port = 0;
        ProxyService service(settings);
        QSignalSpy records(&service, &ProxyService::requestFinished);
        const QString url = start(service);
        QVERIFY(!url.isEmpty());

        QList<QNetworkReply *> replies;
        for (int i = 0; i < count; ++i)
            replies.append(post(url, stream));
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(15000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QVERIFY(reply->readAll().contains("threaded"));
            reply->deleteLater();
        }
        QTRY_COMPARE_WITH_TIMEOUT(records.size(), count, 10000);
        for (const QList<QVariant> &args : std::as_const(records)) {
            const auto record = args.first().value<RequestRecord>();
            QCOMPARE(record.status, 200);
            QCOMPARE(record.streamed, stream);
            QCOMPARE(record.account, QStringLiteral("threads@example.com"));
        }
        QCOMPARE(m_upstream.requests, count);
        service.stop();
    }

    void stopWithOpenStreams()
    {
        m_upstream.holdOpen = true;
        ProxySettings settings;
        settings.port = 0;
        auto service = std::make_unique<ProxyService>(settings);
        const QString url = start(*service);
        QVERIFY(!url.isEmpty());
        // Six: QNetworkAccessManager opens at most six connections per host, and these streams never end.
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 6; ++i)
            replies.append(post(url, true));
        QTRY_COMPARE_WITH_TIMEOUT(m_upstream.requests, 6, 10000);
        // Every client has its first bytes: the streams are open on the worker thread.
        for (QNetworkReply *reply : std::as_const(replies))
            QTRY_VERIFY_WITH_TIMEOUT(reply->bytesAvailable() > 0, 10000);
        service->stop(); // joins the worker thread with six streams in flight
        service.reset();
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
            // Stopping ends each stream with an error event (never a clean end of turn); the reply itself may
            // then end normally.
            const QByteArray body = reply->readAll();
            QVERIFY2(reply->error() != QNetworkReply::NoError || body.contains("event: error"),
                     "a cut stream is not a complete answer");
            QVERIFY(!body.contains("message_stop"));
            reply->deleteLater();
        }
        // The proxy closed its upstream requests when it stopped.
        for (const QPointer<HttpResponder> &responder : std::as_const(m_upstream.held))
            QTRY_VERIFY_WITH_TIMEOUT(responder.isNull() || responder->isFinished(), 10000);
    }

    void restartOnTheSamePort()
    {
        ProxySettings settings;
        settings.port = 0;
        QString url;
        {
            ProxyService first(settings);
            url = start(first);
            QVERIFY(!url.isEmpty());
        } // destroyed without an explicit stop()
        settings.port = quint16(QUrl(url).port());
        ProxyService second(settings);
        QCOMPARE(start(second), url);
        QNetworkReply *reply = post(url, false);
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(tst_ProxyServiceThreads)
#include "tst_proxyservicethreads.moc"
