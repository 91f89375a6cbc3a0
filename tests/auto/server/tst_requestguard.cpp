#include "http/httprequest.h"
#include "server/requestguard.h"

#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class tst_RequestGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("clientKey");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("expectedStatus"); // 0 = allowed

        const QString none;
        const QString key = QStringLiteral("s3cret-key");
        QTest::newRow("claude code, no origin") << none << Headers{{"host", "127.0.0.1:8081"}} << 0;
        QTest::newRow("localhost") << none << Headers{{"host", "localhost:8081"}} << 0;
        QTest::newRow("localhost upper case") << none << Headers{{"host", "LOCALHOST:8081"}} << 0;
        QTest::newRow("ipv6 loopback") << none << Headers{{"host", "[::1]:8081"}} << 0;
        QTest::newRow("other 127 address") << none << Headers{{"host", "127.0.0.2"}} << 0;
        QTest::newRow("dns rebinding host") << none << Headers{{"host", "evil.example:8081"}} << 403;
        QTest::newRow("rebinding lookalike") << none << Headers{{"host", "localhost.evil.example"}} << 403;
        QTest::newRow("lan address without key") << none << Headers{{"host", "192.168.1.5:8081"}} << 403;
        QTest::newRow("missing host") << none << Headers{} << 400;
        QTest::newRow("web page origin") << none << Headers{{"host", "127.0.0.1:8081"}, {"origin", "https://evil.example"}}
                                         << 403;
        QTest::newRow("null origin") << none << Headers{{"host", "127.0.0.1:8081"}, {"origin", "null"}} << 403;
        QTest::newRow("localhost page on another port")
            << none << Headers{{"host", "127.0.0.1:8081"}, {"origin", "http://localhost:3000"}} << 403;
        QTest::newRow("own dashboard origin")
            << none << Headers{{"host", "127.0.0.1:8081"}, {"origin", "http://127.0.0.1:8081"}} << 0;
        QTest::newRow("own origin via localhost")
            << none << Headers{{"host", "localhost:8081"}, {"origin", "http://localhost:8081"}} << 0;
        QTest::newRow("https lookalike of own origin")
            << none << Headers{{"host", "127.0.0.1:8081"}, {"origin", "https://127.0.0.1:8081"}} << 403;
        QTest::newRow("cross-site fetch without origin")
            << none << Headers{{"host", "127.0.0.1:8081"}, {"sec-fetch-site", "cross-site"}} << 403;
        QTest::newRow("key via x-api-key") << key << Headers{{"host", "10.0.0.2:8081"}, {"x-api-key", "s3cret-key"}} << 0;
        QTest::newRow("key via bearer")
            << key << Headers{{"host", "10.0.0.2:8081"}, {"authorization", "Bearer s3cret-key"}} << 0;
        QTest::newRow("key via lower-case bearer")
            << key << Headers{{"host", "10.0.0.2:8081"}, {"authorization", "bearer s3cret-key"}} << 0;
        QTest::newRow("wrong key") << key << Headers{{"host", "10.0.0.2:8081"}, {"x-api-key", "guess"}} << 401;
        QTest::newRow("key prefix is not the key")
            << key << Headers{{"host", "10.0.0.2:8081"}, {"x-api-key", "s3cret"}} << 401;
        QTest::newRow("missing key") << key << Headers{{"host", "10.0.0.2:8081"}} << 401;
        QTest::newRow("key does not excuse an origin")
            << key << Headers{{"host", "10.0.0.2:8081"}, {"x-api-key", "s3cret-key"}, {"origin", "https://evil.example"}}
            << 403;
    }

    void check()
    {
        QFETCH(QString, clientKey);
        QFETCH(Headers, headers);
        QFETCH(int, expectedStatus);
        RequestGuard guard(RequestGuard::Config{8081, clientKey});
        HttpRequest request;
        request.method = "POST";
        request.path = "/v1/messages";
        request.headers = headers;
        const std::optional<ApiError> error = guard.check(request, true);
        QCOMPARE(error ? error->status : 0, expectedStatus);
        if (error)
            QVERIFY(!error->message.isEmpty());
    }

    void healthNeedsNoKey()
    {
        RequestGuard guard(RequestGuard::Config{8081, QStringLiteral("k")});
        HttpRequest request;
        request.method = "GET";
        request.path = "/health";
        request.headers = {{"host", "10.0.0.2:8081"}};
        QVERIFY(!guard.check(request, false).has_value());
        request.headers.append(qMakePair(QByteArray("origin"), QByteArray("https://evil.example")));
        QCOMPARE(guard.check(request, false)->status, 403);
    }
};

QTEST_APPLESS_MAIN(tst_RequestGuard)
#include "tst_requestguard.moc"
