#include "auth/oauthconfig.h"

#include <QTest>
#include <QUrlQuery>

class TestOAuthConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qunsetenv("CODEX_BRIDGE_AUTH_URL");
        qunsetenv("CODEX_BRIDGE_OAUTH_CALLBACK_PORT");
    }
    void cleanup() { init(); }

    void defaults()
    {
        const OAuthConfig config = OAuthConfig::fromEnvironment();
        QCOMPARE(config.issuer, QStringLiteral("https://auth.openai.com"));
        QCOMPARE(config.clientId, QStringLiteral("app_EMoamEEZ73f0CkXaXp7hrann"));
        QCOMPARE(config.callbackPorts, (QList<quint16>{1455, 1457}));
        QCOMPARE(config.tokenUrl(), QUrl(QStringLiteral("https://auth.openai.com/oauth/token")));
        QCOMPARE(OAuthConfig::redirectUri(1455), QStringLiteral("http://localhost:1455/auth/callback"));
    }

    void authorizeUrlParameters()
    {
        const OAuthConfig config;
        const QUrl url = config.authorizeUrl(OAuthConfig::redirectUri(1457), "CHALLENGE-_x", "STATE_123-abc");
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("auth.openai.com"));
        QCOMPARE(url.path(), QStringLiteral("/oauth/authorize"));
        const QUrlQuery query(url);
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), QStringLiteral("app_EMoamEEZ73f0CkXaXp7hrann")},
            {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:1457/auth/callback")},
            {QStringLiteral("scope"), QStringLiteral("openid profile email offline_access")},
            {QStringLiteral("code_challenge"), QStringLiteral("CHALLENGE-_x")},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
            {QStringLiteral("id_token_add_organizations"), QStringLiteral("true")},
            {QStringLiteral("codex_cli_simplified_flow"), QStringLiteral("true")},
            {QStringLiteral("state"), QStringLiteral("STATE_123-abc")},
            {QStringLiteral("originator"), QStringLiteral("codex_cli_rs")},
            {QStringLiteral("prompt"), QStringLiteral("login")},
        };
        // Same parameters, same order as section 7 (plus prompt=login), each once.
        QCOMPARE(query.queryItems(QUrl::FullyDecoded), expected);
        // Spaces as %20 (never '+'), the redirect URI fully percent-encoded.
        const QByteArray encoded = url.toEncoded();
        QVERIFY2(encoded.contains("scope=openid%20profile%20email%20offline_access"), encoded.constData());
        QVERIFY2(encoded.contains("redirect_uri=http%3A%2F%2Flocalhost%3A1457%2Fauth%2Fcallback"), encoded.constData());
        QVERIFY(!encoded.contains('+'));
    }

    void issuerFromEnvironment_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("issuer");
        QTest::newRow("fake") << QStringLiteral("http://127.0.0.1:4000") << QStringLiteral("http://127.0.0.1:4000");
        QTest::newRow("trailing slash") << QStringLiteral("http://127.0.0.1:4000/") << QStringLiteral("http://127.0.0.1:4000");
        QTest::newRow("not a url") << QStringLiteral("auth openai") << QStringLiteral("https://auth.openai.com");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << QStringLiteral("https://auth.openai.com");
    }
    void issuerFromEnvironment()
    {
        QFETCH(QString, value);
        QFETCH(QString, issuer);
        qputenv("CODEX_BRIDGE_AUTH_URL", value.toUtf8());
        const OAuthConfig config = OAuthConfig::fromEnvironment();
        QCOMPARE(config.issuer, issuer);
        QCOMPARE(config.authorizeUrl(OAuthConfig::redirectUri(1455), "c", "s").toString(QUrl::RemoveQuery),
                 issuer + QStringLiteral("/oauth/authorize"));
        QCOMPARE(config.tokenUrl().toString(), issuer + QStringLiteral("/oauth/token"));
    }

    void callbackPortsFromEnvironment_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QList<quint16>>("ports");
        QTest::newRow("one") << QStringLiteral("0") << QList<quint16>{0};
        QTest::newRow("two") << QStringLiteral("2000, 2001") << QList<quint16>{2000, 2001};
        QTest::newRow("garbage") << QStringLiteral("abc") << QList<quint16>{1455, 1457};
        QTest::newRow("too large") << QStringLiteral("70000") << QList<quint16>{1455, 1457};
    }
    void callbackPortsFromEnvironment()
    {
        QFETCH(QString, value);
        QFETCH(QList<quint16>, ports);
        qputenv("CODEX_BRIDGE_OAUTH_CALLBACK_PORT", value.toUtf8());
        QCOMPARE(OAuthConfig::fromEnvironment().callbackPorts, ports);
    }
};

QTEST_GUILESS_MAIN(TestOAuthConfig)
#include "tst_oauthconfig.moc"
