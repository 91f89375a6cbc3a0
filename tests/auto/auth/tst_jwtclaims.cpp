#include "auth/jwtclaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An unsigned test token ("alg": "none"); never a real one.
QString makeJwt(const QByteArray &payload, const QByteArray &signature = QByteArray())
{
    return QString::fromLatin1(base64Url(R"({"alg":"none","typ":"JWT"})") + '.' + base64Url(payload) + '.'
                               + signature);
}

QString makeJwt(const QJsonObject &payload)
{
    return makeJwt(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

const QJsonObject kFullPayload{
    {QStringLiteral("email"), QStringLiteral("alice@example.com")},
    {QStringLiteral("exp"), 4102444800.0},
    {QStringLiteral("https://api.openai.com/auth"),
     QJsonObject{{QStringLiteral("chatgpt_account_id"), QStringLiteral("acc-1")},
                 {QStringLiteral("chatgpt_plan_type"), QStringLiteral("pro")},
                 {QStringLiteral("chatgpt_user_id"), QStringLiteral("user-1")}}},
};

} // namespace

class tst_JwtClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void payloadKeepsOtherClaims();
    void byteArrayOverload();
};

void tst_JwtClaims::decode_data()
{
    QTest::addColumn<QString>("jwt");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("email");
    QTest::addColumn<qint64>("exp"); // -1 = no valid expiry
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("planType");
    QTest::addColumn<QString>("userId");

    const QString full = makeJwt(kFullPayload);
    QTest::newRow("full") << full << true << u"alice@example.com"_s << qint64(4102444800) << u"acc-1"_s
                          << u"pro"_s << u"user-1"_s;
    QTest::newRow("with signature") << makeJwt(QJsonDocument(kFullPayload).toJson(), "c2lnbmF0dXJl") << true
                                    << u"alice@example.com"_s << qint64(4102444800) << u"acc-1"_s << u"pro"_s
                                    << u"user-1"_s;
    QTest::newRow("surrounding whitespace") << (u"  \n"_s + full + u"\r\n"_s) << true << u"alice@example.com"_s
                                            << qint64(4102444800) << u"acc-1"_s << u"pro"_s << u"user-1"_s;

    QJsonObject profileOnly{
        {QStringLiteral("https://api.openai.com/profile"),
         QJsonObject{{QStringLiteral("email"), QStringLiteral("bob@example.com")}}},
        {QStringLiteral("exp"), 1700000000},
    };
    QTest::newRow("email from profile claim") << makeJwt(profileOnly) << true << u"bob@example.com"_s
                                              << qint64(1700000000) << QString() << QString() << QString();

    QJsonObject userIdFallback{{QStringLiteral("https://api.openai.com/auth"),
                                QJsonObject{{QStringLiteral("user_id"), QStringLiteral("user-legacy")}}}};
    QTest::newRow("user_id fallback") << makeJwt(userIdFallback) << true << QString() << qint64(-1) << QString()
                                      << QString() << u"user-legacy"_s;

    QTest::newRow("exp as string") << makeJwt(QByteArray(R"({"exp":"1700000000"})")) << true << QString()
                                   << qint64(1700000000) << QString() << QString() << QString();
    QTest::newRow("exp fractional") << makeJwt(QByteArray(R"({"exp":1700000000.75})")) << true << QString()
                                    << qint64(1700000000) << QString() << QString() << QString();
    QTest::newRow("exp not a number") << makeJwt(QByteArray(R"({"exp":"soon"})")) << true << QString()
                                      << qint64(-1) << QString() << QString() << QString();
    QTest::newRow("exp negative") << makeJwt(QByteArray(R"({"exp":-5})")) << true << QString() << qint64(-1)
                                  << QString() << QString() << QString();
    QTest::newRow("exp huge") << makeJwt(QByteArray(R"({"exp":1e300})")) << true << QString() << qint64(-1)
                              << QString() << QString() << QString();
    QTest::newRow("exp object") << makeJwt(QByteArray(R"({"exp":{"a":1}})")) << true << QString() << qint64(-1)
                                << QString() << QString() << QString();
    QTest::newRow("claims of wrong types")
        << makeJwt(QByteArray(R"({"email":42,"https://api.openai.com/auth":"nope"})")) << true << QString()
        << qint64(-1) << QString() << QString() << QString();
    QTest::newRow("auth claim values of wrong types")
        << makeJwt(QByteArray(R"({"https://api.openai.com/auth":{"chatgpt_account_id":7,"chatgpt_plan_type":null}})"))
        << true << QString() << qint64(-1) << QString() << QString() << QString();
    QTest::newRow("empty object") << makeJwt(QByteArray("{}")) << true << QString() << qint64(-1) << QString()
                                  << QString() << QString();
    QTest::newRow("unicode email") << makeJwt(QJsonObject{{QStringLiteral("email"), u"jürgen@exämple.de"_s}})
                                   << true << u"jürgen@exämple.de"_s << qint64(-1) << QString() << QString()
                                   << QString();

    // Padded and standard-alphabet payloads are not strictly base64url, but tolerated.
    const QByteArray padded = QJsonDocument(kFullPayload).toJson(QJsonDocument::Compact) + "  ";
    QTest::newRow("padded base64url")
        << QString::fromLatin1("eyJhbGciOiJub25lIn0." + padded.toBase64(QByteArray::Base64UrlEncoding) + ".")
        << true << u"alice@example.com"_s << qint64(4102444800) << u"acc-1"_s << u"pro"_s << u"user-1"_s;
    QTest::newRow("standard alphabet")
        << QString::fromLatin1("eyJhbGciOiJub25lIn0." + QByteArray(R"({"email":"a?>b@example.com"})").toBase64()
                               + ".")
        << true << u"a?>b@example.com"_s << qint64(-1) << QString() << QString() << QString();

    QTest::newRow("empty") << QString() << false << QString() << qint64(-1) << QString() << QString() << QString();
    QTest::newRow("no dots") << u"abcdef"_s << false << QString() << qint64(-1) << QString() << QString()
                             << QString();
    QTest::newRow("two parts") << u"eyJhbGciOiJub25lIn0.eyJlbWFpbCI6ImFAYi5jIn0"_s << false << QString()
                               << qint64(-1) << QString() << QString() << QString();
    QTest::newRow("four parts") << (full + u".extra"_s) << false << QString() << qint64(-1) << QString()
                                << QString() << QString();
    QTest::newRow("empty payload") << u"eyJhbGciOiJub25lIn0..sig"_s << false << QString() << qint64(-1)
                                   << QString() << QString() << QString();
    QTest::newRow("dots only") << u".."_s << false << QString() << qint64(-1) << QString() << QString()
                               << QString();
    QTest::newRow("invalid base64") << u"a.@@@###.b"_s << false << QString() << qint64(-1) << QString()
                                    << QString() << QString();
    QTest::newRow("payload not json") << makeJwt(QByteArray("not json at all")) << false << QString() << qint64(-1)
                                      << QString() << QString() << QString();
    QTest::newRow("payload is an array") << makeJwt(QByteArray(R"([{"email":"a@b.c"}])")) << false << QString()
                                         << qint64(-1) << QString() << QString() << QString();
    QTest::newRow("payload is a string") << makeJwt(QByteArray(R"("a@b.c")")) << false << QString() << qint64(-1)
                                         << QString() << QString() << QString();
    QTest::newRow("binary payload") << makeJwt(QByteArray("\x00\xff\xfe{", 4)) << false << QString() << qint64(-1)
                                    << QString() << QString() << QString();
    QTest::newRow("non-latin1 garbage") << u"ключ.токен.подпись"_s << false << QString() << qint64(-1) << QString()
                                        << QString() << QString();
}

void tst_JwtClaims::decode()
{
    QFETCH(QString, jwt);
    QFETCH(bool, valid);
    QFETCH(QString, email);
    QFETCH(qint64, exp);
    QFETCH(QString, accountId);
    QFETCH(QString, planType);
    QFETCH(QString, userId);

    const JwtClaims claims = JwtClaims::decode(jwt);
    QCOMPARE(claims.isValid(), valid);
    QCOMPARE(claims.email(), email);
    if (exp < 0) {
        QVERIFY(!claims.expiresAt().isValid());
    } else {
        QVERIFY(claims.expiresAt().isValid());
        QCOMPARE(claims.expiresAt().toSecsSinceEpoch(), exp);
        QCOMPARE(claims.expiresAt().timeSpec(), Qt::UTC);
    }
    QCOMPARE(claims.chatgptAccountId(), accountId);
    QCOMPARE(claims.chatgptPlanType(), planType);
    QCOMPARE(claims.chatgptUserId(), userId);
    if (!valid)
        QVERIFY(claims.payload().isEmpty());
}

void tst_JwtClaims::payloadKeepsOtherClaims()
{
    QJsonObject payload = kFullPayload;
    payload.insert(QStringLiteral("iss"), QStringLiteral("https://auth.example.invalid"));
    const JwtClaims claims = JwtClaims::decode(makeJwt(payload));
    QCOMPARE(claims.payload().value(QStringLiteral("iss")).toString(), u"https://auth.example.invalid"_s);
    QCOMPARE(claims.payload(), payload);
}

void tst_JwtClaims::byteArrayOverload()
{
    const QByteArray jwt = makeJwt(kFullPayload).toLatin1();
    const JwtClaims claims = JwtClaims::decode(QByteArrayView(jwt));
    QVERIFY(claims.isValid());
    QCOMPARE(claims.email(), u"alice@example.com"_s);
}

QTEST_GUILESS_MAIN(tst_JwtClaims)
#include "tst_jwtclaims.moc"
