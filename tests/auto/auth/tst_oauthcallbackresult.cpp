#include "auth/oauthcallbackresult.h"

#include <QTest>
#include <QUrlQuery>

using Kind = OAuthCallbackResult::Kind;

class TestOAuthCallbackResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pastedInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        const QString base = QStringLiteral("http://localhost:1455/auth/callback");
        QTest::newRow("full url") << base + QStringLiteral("?code=ac_Abc-123.x&scope=openid+profile&state=S1_good")
                                  << int(Kind::Code) << QStringLiteral("ac_Abc-123.x");
        QTest::newRow("full url, spaces around")
            << QStringLiteral("  ") + base + QStringLiteral("?state=S1_good&code=abc%2Fdef  \n") << int(Kind::Code)
            << QStringLiteral("abc/def");
        QTest::newRow("query only") << QStringLiteral("code=ac_123456789&state=S1_good") << int(Kind::Code)
                                    << QStringLiteral("ac_123456789");
        QTest::newRow("fragment ignored") << base + QStringLiteral("?code=ac_12345678&state=S1_good#junk")
                                          << int(Kind::Code) << QStringLiteral("ac_12345678");
        QTest::newRow("wrong state") << base + QStringLiteral("?code=ac_12345678&state=forged") << int(Kind::WrongState)
                                     << QString();
        QTest::newRow("missing state") << base + QStringLiteral("?code=ac_12345678") << int(Kind::WrongState)
                                       << QString();
        QTest::newRow("bare code") << QStringLiteral("ac_Zq9-kbPKX.kj4~SlZ8") << int(Kind::Code)
                                   << QStringLiteral("ac_Zq9-kbPKX.kj4~SlZ8");
        QTest::newRow("denied") << base + QStringLiteral("?error=access_denied&error_description=no&state=S1_good")
                                << int(Kind::Denied) << QString();
        QTest::newRow("denied, wrong state") << base + QStringLiteral("?error=access_denied&state=x")
                                             << int(Kind::Denied) << QString();
        QTest::newRow("empty") << QString() << int(Kind::Invalid) << QString();
        QTest::newRow("garbage sentence") << QStringLiteral("I do not know what to paste") << int(Kind::Invalid)
                                          << QString();
        QTest::newRow("url without query") << base << int(Kind::Invalid) << QString();
        QTest::newRow("query without code") << base + QStringLiteral("?state=S1_good") << int(Kind::Invalid)
                                            << QString();
        QTest::newRow("too short") << QStringLiteral("abc") << int(Kind::Invalid) << QString();
        QTest::newRow("quotes") << QStringLiteral("\"ac_12345678\"") << int(Kind::Invalid) << QString();
    }
    void pastedInput()
    {
        QFETCH(QString, input);
        QFETCH(int, kind);
        QFETCH(QString, code);
        const OAuthCallbackResult result = OAuthCallbackResult::fromPastedInput(input, "S1_good");
        QCOMPARE(int(result.kind), kind);
        QCOMPARE(result.code, code);
        QCOMPARE(result.isCode(), kind == int(Kind::Code));
        QCOMPARE(result.message().isEmpty(), kind == int(Kind::Code));
    }

    void deniedCarriesError()
    {
        const OAuthCallbackResult result = OAuthCallbackResult::fromQuery(
            QUrlQuery(QStringLiteral("error=access_denied&error_description=The%20user%20said%20no&state=s")), "s");
        QCOMPARE(result.kind, Kind::Denied);
        QCOMPARE(result.error, QStringLiteral("access_denied"));
        QCOMPARE(result.errorDescription, QStringLiteral("The user said no"));
        QVERIFY(result.message().contains(QStringLiteral("denied")));
        const OAuthCallbackResult other =
            OAuthCallbackResult::fromQuery(QUrlQuery(QStringLiteral("error=server_error&state=s")), "s");
        QVERIFY(other.message().contains(QStringLiteral("server_error")));
    }

    void emptyExpectedStateNeverMatches()
    {
        // A flow that has not started has no state: a code must not be accepted just because both are empty.
        const OAuthCallbackResult result =
            OAuthCallbackResult::fromQuery(QUrlQuery(QStringLiteral("code=abcdefgh&state=")), QByteArray());
        QCOMPARE(result.kind, Kind::WrongState);
    }
};

QTEST_GUILESS_MAIN(TestOAuthCallbackResult)
#include "tst_oauthcallbackresult.moc"
