#include "auth/codexauthimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QDir(QStringLiteral(CODEXBRIDGE_TEST_DATA_DIR "/data")).filePath(name);
}

} // namespace

class tst_CodexAuthImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsChatGptLogin_data();
    void importsChatGptLogin();
    void errors_data();
    void errors();
    void defaultPathHonoursCodexHome();
    void importFileDefaultsToCodexHome();
    void failureClearsPreviousResult();
    void errorsNeverContainTokens();
};

void tst_CodexAuthImporter::importsChatGptLogin_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<qint64>("expiresAt"); // -1: unknown
    QTest::addColumn<QString>("lastRefresh"); // ISO with ms, empty: unknown

    // tokens.account_id wins over the claim.
    QTest::newRow("full login") << u"chatgpt-login.json"_s << u"alice@example.com"_s << u"acc-file-2222"_s
                                << u"plus"_s << u"user-alice"_s << qint64(4102444800)
                                << u"2025-08-11T12:34:56.123Z"_s;
    QTest::newRow("account id from claim") << u"chatgpt-login-no-account-id.json"_s << u"alice@example.com"_s
                                           << u"acc-claim-1111"_s << u"plus"_s << u"user-alice"_s
                                           << qint64(4102444800) << u"2025-08-11T12:34:56.000Z"_s;
    // Opaque (non-JWT) tokens are tolerated when tokens.account_id identifies the account.
    QTest::newRow("garbage id token") << u"chatgpt-login-garbage-id-token.json"_s << QString() << u"acc-only-3333"_s
                                      << QString() << QString() << qint64(-1) << QString();
}

void tst_CodexAuthImporter::importsChatGptLogin()
{
    QFETCH(QString, file);
    QFETCH(QString, email);
    QFETCH(QString, accountId);
    QFETCH(QString, plan);
    QFETCH(QString, userId);
    QFETCH(qint64, expiresAt);
    QFETCH(QString, lastRefresh);

    CodexAuthImporter importer;
    QVERIFY2(importer.importFile(dataFile(file)), qPrintable(importer.errorString()));
    QCOMPARE(importer.error(), CodexAuthImporter::Error::None);
    QVERIFY(importer.errorString().isEmpty());

    const Account account = importer.account();
    QCOMPARE(account.email, email);
    QCOMPARE(account.accountId, accountId);
    QCOMPARE(account.planType, plan);
    QCOMPARE(account.userId, userId);
    QCOMPARE(account.status, Account::Status::Active);

    const AccountTokens tokens = importer.tokens();
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(tokens.refreshToken.startsWith(u"rt-fake"_s));
    if (expiresAt < 0)
        QVERIFY(!tokens.accessTokenExpiresAt.isValid());
    else
        QCOMPARE(tokens.accessTokenExpiresAt.toSecsSinceEpoch(), expiresAt);
    if (lastRefresh.isEmpty())
        QVERIFY(!tokens.lastRefresh.isValid());
    else
        QCOMPARE(tokens.lastRefresh.toString(Qt::ISODateWithMs), lastRefresh);
}

void tst_CodexAuthImporter::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CodexAuthImporter::Error>("error");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("missing") << u"does-not-exist.json"_s << CodexAuthImporter::Error::FileMissing
                             << u"codex login"_s;
    QTest::newRow("not json") << u"not-json.json"_s << CodexAuthImporter::Error::NotJson << u"JSON"_s;
    QTest::newRow("api key only") << u"apikey-login.json"_s << CodexAuthImporter::Error::ApiKeyOnly
                                  << u"API key"_s;
    QTest::newRow("api key mode with stale tokens") << u"apikey-mode-with-tokens.json"_s
                                                    << CodexAuthImporter::Error::ApiKeyOnly << u"API key"_s;
    QTest::newRow("no tokens") << u"no-tokens.json"_s << CodexAuthImporter::Error::NoTokens << u"no sign-in"_s;
    QTest::newRow("no refresh token") << u"chatgpt-login-no-refresh-token.json"_s
                                      << CodexAuthImporter::Error::IncompleteTokens << u"incomplete"_s;
    QTest::newRow("no identity") << u"chatgpt-login-no-identity.json"_s
                                 << CodexAuthImporter::Error::IncompleteTokens << u"which account"_s;
    QTest::newRow("a directory") << QString() << CodexAuthImporter::Error::FileUnreadable << QString();
}

void tst_CodexAuthImporter::errors()
{
    QFETCH(QString, file);
    QFETCH(CodexAuthImporter::Error, error);
    QFETCH(QString, messagePart);

    const QString path = file.isEmpty() ? QStringLiteral(CODEXBRIDGE_TEST_DATA_DIR "/data") : dataFile(file);
    CodexAuthImporter importer;
    QVERIFY(!importer.importFile(path));
    QCOMPARE(importer.error(), error);
    QVERIFY(importer.errorString().contains(messagePart));
    // Every message names the file it is about.
    QVERIFY2(importer.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(importer.errorString()));
    QVERIFY(importer.account().key().isEmpty());
    QVERIFY(importer.tokens().isEmpty());
}

void tst_CodexAuthImporter::defaultPathHonoursCodexHome()
{
    const QByteArray old = qgetenv("CODEX_HOME");
    qputenv("CODEX_HOME", "/some/codex/home");
    QCOMPARE(CodexAuthImporter::defaultAuthFilePath(), u"/some/codex/home/auth.json"_s);
    qunsetenv("CODEX_HOME");
    QCOMPARE(CodexAuthImporter::defaultAuthFilePath(), QDir::home().filePath(u".codex/auth.json"_s));
    if (!old.isNull())
        qputenv("CODEX_HOME", old);
}

void tst_CodexAuthImporter::importFileDefaultsToCodexHome()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QFile::copy(dataFile(u"chatgpt-login.json"_s), home.filePath(u"auth.json"_s)));
    const QByteArray old = qgetenv("CODEX_HOME");
    qputenv("CODEX_HOME", QFile::encodeName(home.path()));
    CodexAuthImporter importer;
    const bool ok = importer.importFile();
    if (old.isNull())
        qunsetenv("CODEX_HOME");
    else
        qputenv("CODEX_HOME", old);
    QVERIFY2(ok, qPrintable(importer.errorString()));
    QCOMPARE(importer.account().email, u"alice@example.com"_s);
}

void tst_CodexAuthImporter::failureClearsPreviousResult()
{
    CodexAuthImporter importer;
    QVERIFY(importer.importFile(dataFile(u"chatgpt-login.json"_s)));
    QVERIFY(!importer.importJson("[]"));
    QCOMPARE(importer.error(), CodexAuthImporter::Error::NotJson);
    QVERIFY(importer.account().email.isEmpty());
    QVERIFY(importer.tokens().isEmpty());
    QVERIFY(importer.importJson(R"({"tokens":{"access_token":"a","refresh_token":"r","account_id":"acc"}})"));
    QCOMPARE(importer.error(), CodexAuthImporter::Error::None);
    QCOMPARE(importer.account().accountId, u"acc"_s);
    // Wrong types are treated as absent, never a crash.
    QVERIFY(!importer.importJson(R"({"tokens":{"access_token":5,"refresh_token":["r"]}})"));
    QCOMPARE(importer.error(), CodexAuthImporter::Error::IncompleteTokens);
    QVERIFY(!importer.importJson(R"({"tokens":"yes"})"));
    QCOMPARE(importer.error(), CodexAuthImporter::Error::NoTokens);
}

void tst_CodexAuthImporter::errorsNeverContainTokens()
{
    CodexAuthImporter importer;
    QVERIFY(!importer.importJson(
        R"({"tokens":{"id_token":"SECRET-ID","access_token":"SECRET-ACCESS","account_id":"acc"}})"));
    QVERIFY(!importer.errorString().contains(u"SECRET"_s));
    QVERIFY(!importer.importJson(R"({"OPENAI_API_KEY":"sk-SECRET","tokens":null})"));
    QVERIFY(!importer.errorString().contains(u"SECRET"_s));
}

QTEST_GUILESS_MAIN(tst_CodexAuthImporter)
#include "tst_codexauthimporter.moc"
