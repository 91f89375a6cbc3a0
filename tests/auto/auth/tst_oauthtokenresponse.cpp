#include "auth/oauthtokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Grant = OAuthTokenResponse::Grant;
using ErrorKind = OAuthTokenResponse::ErrorKind;

namespace {
QByteArray fakeJwt(const QJsonObject &payload)
{
    const auto b64 = [](const QByteArray &data) {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return b64(R"({"alg":"none"})") + '.' + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + ".sig";
}
} // namespace

class TestOAuthTokenResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classification_data()
    {
        QTest::addColumn<int>("grant");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("errorCode");
        const int refresh = int(Grant::RefreshToken);
        const int code = int(Grant::AuthorizationCode);
        QTest::newRow("reused, string form")
            << refresh << 400 << QByteArray(R"({"error":"refresh_token_reused","error_description":"used"})")
            << int(ErrorKind::SignInNeeded) << QStringLiteral("refresh_token_reused");
        QTest::newRow("expired, object form")
            << refresh << 401
            << QByteArray(R"({"error":{"message":"expired","type":"invalid_request_error","code":"refresh_token_expired"}})")
            << int(ErrorKind::SignInNeeded) << QStringLiteral("refresh_token_expired");
        QTest::newRow("invalidated") << refresh << 401 << QByteArray(R"({"error":"refresh_token_invalidated"})")
                                     << int(ErrorKind::SignInNeeded) << QStringLiteral("refresh_token_invalidated");
        QTest::newRow("top-level code") << refresh << 401 << QByteArray(R"({"code":"refresh_token_reused"})")
                                        << int(ErrorKind::SignInNeeded) << QStringLiteral("refresh_token_reused");
        QTest::newRow("invalid_grant on refresh") << refresh << 400 << QByteArray(R"({"error":"invalid_grant"})")
                                                  << int(ErrorKind::SignInNeeded) << QStringLiteral("invalid_grant");
        QTest::newRow("invalid_grant on code") << code << 400 << QByteArray(R"({"error":"invalid_grant"})")
                                               << int(ErrorKind::Rejected) << QStringLiteral("invalid_grant");
        QTest::newRow("400 html") << code << 400 << QByteArray("<html>bad</html>") << int(ErrorKind::Rejected)
                                  << QString();
        QTest::newRow("429") << refresh << 429 << QByteArray(R"({"error":"rate_limited"})")
                             << int(ErrorKind::Transient) << QStringLiteral("rate_limited");
        QTest::newRow("502") << refresh << 502 << QByteArray("Bad gateway") << int(ErrorKind::Transient)
                             << QString();
        QTest::newRow("network") << refresh << 0 << QByteArray() << int(ErrorKind::Transient) << QString();
        QTest::newRow("200 without access token") << refresh << 200 << QByteArray(R"({"id_token":"x"})")
                                                  << int(ErrorKind::InvalidResponse) << QString();
        QTest::newRow("200 not json") << code << 200 << QByteArray("ok") << int(ErrorKind::InvalidResponse)
                                      << QString();
    }
    void classification()
    {
        QFETCH(int, grant);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, errorCode);
        const OAuthTokenResponse response =
            OAuthTokenResponse::fromHttpReply(Grant(grant), status, body, QStringLiteral("Connection refused"));
        QCOMPARE(int(response.errorKind), kind);
        QCOMPARE(response.errorCode, errorCode);
        QCOMPARE(response.httpStatus, status);
        QVERIFY(!response.ok());
        QVERIFY(!response.message.isEmpty());
        QVERIFY(response.tokens.isEmpty());
    }

    void success()
    {
        const QDateTime exp = QDateTime::currentDateTimeUtc().addSecs(3600);
        const QByteArray access = fakeJwt({{QStringLiteral("exp"), exp.toSecsSinceEpoch()}});
        const QJsonObject body{{QStringLiteral("id_token"), QStringLiteral("id.tok.en")},
                               {QStringLiteral("access_token"), QString::fromLatin1(access)},
                               {QStringLiteral("refresh_token"), QStringLiteral("rt_1")},
                               {QStringLiteral("expires_in"), 3600}};
        const OAuthTokenResponse response = OAuthTokenResponse::fromHttpReply(
            Grant::AuthorizationCode, 200, QJsonDocument(body).toJson());
        QVERIFY(response.ok());
        QCOMPARE(response.tokens.idToken, QStringLiteral("id.tok.en"));
        QCOMPARE(response.tokens.accessToken, QString::fromLatin1(access));
        QCOMPARE(response.tokens.refreshToken, QStringLiteral("rt_1"));
        QCOMPARE(response.tokens.accessTokenExpiresAt.toSecsSinceEpoch(), exp.toSecsSinceEpoch());
        QCOMPARE(response.expiresInSeconds, 3600);
        QVERIFY(response.tokens.lastRefresh.isValid());
    }

    void refreshWithoutRotationKeepsFieldsEmpty()
    {
        // An opaque access token (no exp claim): the expiry comes from expires_in.
        const OAuthTokenResponse response = OAuthTokenResponse::fromHttpReply(
            Grant::RefreshToken, 200, R"({"access_token":"opaque","expires_in":600})");
        QVERIFY(response.ok());
        QVERIFY(response.tokens.refreshToken.isEmpty());
        QVERIFY(response.tokens.idToken.isEmpty());
        const qint64 inSeconds = QDateTime::currentDateTimeUtc().secsTo(response.tokens.accessTokenExpiresAt);
        QVERIFY2(inSeconds > 590 && inSeconds <= 600, QByteArray::number(inSeconds).constData());
    }

    void messagesNeverEchoTokens()
    {
        // A server that echoes the refresh token in its description must not get it into our message.
        const OAuthTokenResponse response = OAuthTokenResponse::fromHttpReply(
            Grant::RefreshToken, 400, R"({"error":"refresh_token_reused","error_description":"token rt_SECRET was used"})");
        QVERIFY(!response.message.contains(QStringLiteral("rt_SECRET")));
    }
};

QTEST_GUILESS_MAIN(TestOAuthTokenResponse)
#include "tst_oauthtokenresponse.moc"
