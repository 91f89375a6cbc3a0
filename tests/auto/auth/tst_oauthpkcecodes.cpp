#include "auth/oauthpkcecodes.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

class TestOAuthPkceCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void challengeVectors_data()
    {
        QTest::addColumn<QByteArray>("verifier");
        QTest::addColumn<QByteArray>("challenge");
        // RFC 7636 appendix B.
        QTest::newRow("rfc7636-appendix-b") << QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
                                            << QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        // sha256("a"*43) computed independently (Python hashlib + urlsafe_b64encode, padding stripped).
        QTest::newRow("43-a") << QByteArray(43, 'a') << QByteArray("ZtNPunH49FD35FWYhT5Tv8I7vRKQJ8uxMaL0_9eHjNA");
    }
    void challengeVectors()
    {
        QFETCH(QByteArray, verifier);
        QFETCH(QByteArray, challenge);
        QCOMPARE(OAuthPkceCodes::challengeFor(verifier), challenge);
        const OAuthPkceCodes codes = OAuthPkceCodes::fromVerifier(verifier);
        QCOMPARE(codes.verifier, verifier);
        QCOMPARE(codes.challenge, challenge);
    }

    void generatedCodesAreValidAndRandom()
    {
        QSet<QByteArray> verifiers;
        for (int i = 0; i < 50; ++i) {
            const OAuthPkceCodes codes = OAuthPkceCodes::generate();
            QVERIFY2(OAuthPkceCodes::isValidVerifier(codes.verifier), codes.verifier.constData());
            QCOMPARE(codes.verifier.size(), 86); // 64 random bytes, base64url without padding
            QCOMPARE(codes.challenge.size(), 43);
            QCOMPARE(codes.challenge, QCryptographicHash::hash(codes.verifier, QCryptographicHash::Sha256)
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            verifiers.insert(codes.verifier);
        }
        QCOMPARE(verifiers.size(), 50);
    }

    void randomToken()
    {
        const QByteArray a = OAuthPkceCodes::randomToken(32);
        const QByteArray b = OAuthPkceCodes::randomToken(32);
        QCOMPARE(a.size(), 43);
        QVERIFY(a != b);
        QVERIFY(!a.contains('=') && !a.contains('+') && !a.contains('/'));
    }

    void verifierValidity_data()
    {
        QTest::addColumn<QByteArray>("verifier");
        QTest::addColumn<bool>("valid");
        QTest::newRow("42 chars") << QByteArray(42, 'a') << false;
        QTest::newRow("43 chars") << QByteArray(43, 'a') << true;
        QTest::newRow("128 chars") << QByteArray(128, 'Z') << true;
        QTest::newRow("129 chars") << QByteArray(129, 'Z') << false;
        QTest::newRow("unreserved") << QByteArray("abcdefghijklmnopqrstuvwxyz-._~0123456789ABCDEFG") << true;
        QTest::newRow("plus") << (QByteArray(42, 'a') + '+') << false;
        QTest::newRow("space") << (QByteArray(42, 'a') + ' ') << false;
        QTest::newRow("padding") << (QByteArray(42, 'a') + '=') << false;
    }
    void verifierValidity()
    {
        QFETCH(QByteArray, verifier);
        QFETCH(bool, valid);
        QCOMPARE(OAuthPkceCodes::isValidVerifier(verifier), valid);
    }
};

QTEST_GUILESS_MAIN(TestOAuthPkceCodes)
#include "tst_oauthpkcecodes.moc"
