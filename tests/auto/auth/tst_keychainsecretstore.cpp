#include "auth/accountstore.h"
#include "auth/keychainsecretstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// Runs in one of two modes, set by CODEXBRIDGE_KEYCHAIN_TEST (see tests/auto/auth/CMakeLists.txt):
// - "keyring": under run-with-keyring.sh, against a real gnome-keyring in a private D-Bus session;
// - "unavailable": with DBUS_SESSION_BUS_ADDRESS pointing at no bus, so there is no Secret Service.
// The tests of the other mode are skipped.
namespace {

QString testMode()
{
    return qEnvironmentVariable("CODEXBRIDGE_KEYCHAIN_TEST");
}

#define REQUIRE_MODE(mode)                                                                                         \
    do {                                                                                                           \
        if (testMode() != QLatin1String(mode))                                                                     \
            QSKIP("needs CODEXBRIDGE_KEYCHAIN_TEST=" mode " (run through ctest)");                                  \
    } while (false)

// A key no other test (or earlier run) uses.
QString uniqueKey(const QString &tag)
{
    return u"test:"_s + tag + u':' + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString fakeJwt(const QJsonObject &payload)
{
    const auto b64 = [](const QByteArray &data) {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(b64(R"({"alg":"none"})") + '.' + b64(QJsonDocument(payload).toJson()) + '.');
}

AccountTokens fakeTokens(const QString &tag)
{
    return AccountTokens(fakeJwt({{u"email"_s, tag}, {u"nonce"_s, u"IDTOKEN-"_s + tag}}),
                         fakeJwt({{u"exp"_s, qint64(4102444800)}, {u"nonce"_s, u"ACCESSTOKEN-"_s + tag}}),
                         u"REFRESHTOKEN-"_s + tag, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
}

Account makeAccount(const QString &email, const QString &accountId)
{
    Account account;
    account.email = email;
    account.accountId = accountId;
    account.planType = u"plus"_s;
    return account;
}

// Every file below `dir` (hidden ones too) with its content.
QList<QPair<QString, QByteArray>> allFiles(const QString &dir)
{
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.append({path, file.readAll()});
        else
            files.append({path, QByteArray("<unreadable>")});
    }
    return files;
}

} // namespace

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // keyring mode
    void roundTrip_data();
    void roundTrip();
    void notFound();
    void keysAreIndependent();
    void entryIsInTheKeyringUnderTheServiceName();
    void createdByDefault();
    void accountStoreKeepsTokensOutOfConfigDir();
    // Last of the keyring tests: the keyring stays locked (nobody can type the password here).
    void lockedKeyringFailsClearly();

    // unavailable mode
    void noSecretServiceFailsClearly();
    void accountStoreWithoutSecretServiceWritesNothing();
    // Must stay last: the job that times out keeps QtKeychain's queue busy for the rest of the process.
    void unresponsiveSecretServiceTimesOut();
};

void tst_KeychainSecretStore::roundTrip_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");

    QByteArray allBytes;
    for (int i = 0; i < 256; ++i)
        allBytes.append(char(i));
    QTest::newRow("ascii") << QByteArray("secret-one") << QByteArray("secret-two");
    QTest::newRow("binary, every byte value") << allBytes << QByteArray("\0\0\xff\n\r", 5);
    QTest::newRow("unicode") << u"clé 🔑 пароль 鍵"_s.toUtf8() << u"ça change ✓"_s.toUtf8();
    QTest::newRow("serialised tokens") << fakeTokens(u"a"_s).toSecret() << fakeTokens(u"b"_s).toSecret();
    QTest::newRow("large") << QByteArray(64 * 1024, 'x') << QByteArray(3, 'y');
}

void tst_KeychainSecretStore::roundTrip()
{
    REQUIRE_MODE("keyring");
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    KeychainSecretStore store;
    const QString key = uniqueKey(u"roundtrip"_s);

    QVERIFY2(store.write(key, first), qPrintable(store.errorString()));
    QByteArray read;
    QCOMPARE(store.read(key, &read), SecretStore::ReadStatus::Found);
    QCOMPARE(read, first);

    // Overwrite: one entry per key, the new value replaces the old one.
    QVERIFY2(store.write(key, second), qPrintable(store.errorString()));
    QCOMPARE(store.read(key, &read), SecretStore::ReadStatus::Found);
    QCOMPARE(read, second);
    // A second store (as after a restart) sees the same entry.
    KeychainSecretStore other;
    QCOMPARE(other.read(key, &read), SecretStore::ReadStatus::Found);
    QCOMPARE(read, second);

    QVERIFY2(store.remove(key), qPrintable(store.errorString()));
    QCOMPARE(store.read(key, &read), SecretStore::ReadStatus::NotFound);
    QVERIFY2(store.remove(key), qPrintable(store.errorString())); // removing nothing succeeds
}

void tst_KeychainSecretStore::notFound()
{
    REQUIRE_MODE("keyring");
    KeychainSecretStore store;
    QByteArray read("untouched");
    QCOMPARE(store.read(uniqueKey(u"missing"_s), &read), SecretStore::ReadStatus::NotFound);
    QCOMPARE(read, QByteArray("untouched"));
}

void tst_KeychainSecretStore::keysAreIndependent()
{
    REQUIRE_MODE("keyring");
    KeychainSecretStore store;
    const QString a = uniqueKey(u"a"_s);
    const QString b = uniqueKey(u"b"_s);
    QVERIFY(store.write(a, "alpha"));
    QVERIFY(store.write(b, "beta"));
    QVERIFY(store.write(a, "alpha-2"));

    QByteArray read;
    QCOMPARE(store.read(b, &read), SecretStore::ReadStatus::Found);
    QCOMPARE(read, QByteArray("beta"));
    QVERIFY(store.remove(a));
    QCOMPARE(store.read(a, &read), SecretStore::ReadStatus::NotFound);
    QCOMPARE(store.read(b, &read), SecretStore::ReadStatus::Found);
    QCOMPARE(read, QByteArray("beta"));
    QVERIFY(store.remove(b));
}

void tst_KeychainSecretStore::entryIsInTheKeyringUnderTheServiceName()
{
    REQUIRE_MODE("keyring");
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (secretTool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    KeychainSecretStore store;
    const QString key = uniqueKey(u"visible"_s);
    QVERIFY(store.write(key, "seen-by-secret-tool"));

    // Ask the Secret Service directly, as any other client would, by QtKeychain's attributes.
    QProcess lookup;
    lookup.start(secretTool, {u"lookup"_s, u"server"_s, u"Codex Bridge"_s, u"user"_s, key});
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(lookup.exitCode(), 0);
    // QtKeychain keeps binary data base64-encoded.
    QCOMPARE(QByteArray::fromBase64(lookup.readAllStandardOutput().trimmed()), QByteArray("seen-by-secret-tool"));

    QVERIFY(store.remove(key));
    lookup.start(secretTool, {u"lookup"_s, u"server"_s, u"Codex Bridge"_s, u"user"_s, key});
    QVERIFY(lookup.waitForFinished(10000));
    QVERIFY(lookup.readAllStandardOutput().isEmpty());
}

void tst_KeychainSecretStore::createdByDefault()
{
    REQUIRE_MODE("keyring");
    QTemporaryDir dir;
    for (const QByteArray &choice : {QByteArray(), QByteArray("keychain"), QByteArray(" KeyChain ")}) {
        if (choice.isNull())
            qunsetenv("CODEX_BRIDGE_SECRET_STORE");
        else
            qputenv("CODEX_BRIDGE_SECRET_STORE", choice);
        QString error;
        const std::unique_ptr<SecretStore> store = SecretStore::create(dir.path(), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->backendName(), u"keychain"_s);
    }
    qunsetenv("CODEX_BRIDGE_SECRET_STORE");
}

void tst_KeychainSecretStore::accountStoreKeepsTokensOutOfConfigDir()
{
    REQUIRE_MODE("keyring");
    QTemporaryDir dir;
    const QString configDir = dir.filePath(u"config"_s);
    qputenv("CODEX_BRIDGE_CONFIG_DIR", configDir.toLocal8Bit());
    qunsetenv("CODEX_BRIDGE_SECRET_STORE");
    const QString suffix = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const AccountTokens alice = fakeTokens(u"alice-"_s + suffix);
    const AccountTokens bob = fakeTokens(u"bob-"_s + suffix);
    const AccountTokens rotated = fakeTokens(u"rotated-"_s + suffix);
    {
        AccountStore store; // the default: config dir from the environment, keychain
        QCOMPARE(store.secretStore()->backendName(), u"keychain"_s);
        QVERIFY(store.load());
        QVERIFY2(store.addOrUpdate(makeAccount(u"alice@example.com"_s, u"acc-alice-"_s + suffix), alice),
                 qPrintable(store.errorString()));
        QVERIFY2(store.addOrUpdate(makeAccount(u"bob@example.com"_s, u"acc-bob-"_s + suffix), bob),
                 qPrintable(store.errorString()));
        QVERIFY2(store.updateTokens(u"bob@example.com"_s, rotated), qPrintable(store.errorString()));
        QVERIFY(store.markUsed(u"alice@example.com"_s));
    }

    const QList<QPair<QString, QByteArray>> files = allFiles(configDir);
    QVERIFY(!files.isEmpty()); // accounts.json is there
    QVERIFY(!QFileInfo::exists(QDir(configDir).filePath(u"secrets.json"_s)));
    for (const auto &[path, content] : files) {
        for (const AccountTokens &tokens : {alice, bob, rotated}) {
            QVERIFY2(!content.contains(tokens.toSecret()), qPrintable(path));
            QVERIFY2(!content.contains(tokens.toSecret().toBase64()), qPrintable(path));
            for (const QString &token : {tokens.idToken, tokens.accessToken, tokens.refreshToken}) {
                QVERIFY2(!content.contains(token.toUtf8()), qPrintable(path));
                QVERIFY2(!content.contains(token.toUtf8().toBase64()), qPrintable(path));
            }
        }
        QVERIFY2(!content.contains("REFRESHTOKEN"), qPrintable(path));
    }

    // After a "restart" the tokens come back from the keychain.
    AccountStore reopened;
    QVERIFY(reopened.load());
    QCOMPARE(reopened.accounts().size(), 2);
    std::optional<AccountTokens> tokens = reopened.tokens(u"alice@example.com"_s);
    QVERIFY2(tokens, qPrintable(reopened.errorString()));
    QCOMPARE(*tokens, alice);
    tokens = reopened.tokens(u"bob@example.com"_s);
    QVERIFY2(tokens, qPrintable(reopened.errorString()));
    QCOMPARE(*tokens, rotated);

    // Removing an account deletes its keychain entry.
    const QString aliceKey = AccountStore::secretKeyFor(*reopened.account(u"alice@example.com"_s));
    QVERIFY(reopened.remove(u"alice@example.com"_s));
    KeychainSecretStore keychain;
    QByteArray secret;
    QCOMPARE(keychain.read(aliceKey, &secret), SecretStore::ReadStatus::NotFound);
    QVERIFY(reopened.clear());
    qunsetenv("CODEX_BRIDGE_CONFIG_DIR");
}

void tst_KeychainSecretStore::lockedKeyringFailsClearly()
{
    REQUIRE_MODE("keyring");
    KeychainSecretStore store(10s);
    const QString stored = uniqueKey(u"locked"_s);
    QVERIFY(store.write(stored, "written-before-locking"));

    // Lock the default collection as the screen locker would; unlocking needs a prompt no one can answer here.
    QProcess lock;
    lock.start(u"dbus-send"_s, {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                                u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                                u"array:objpath:/org/freedesktop/secrets/aliases/default"_s});
    QVERIFY(lock.waitForFinished(10000));
    QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());

    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!store.write(uniqueKey(u"new"_s), "secret-value"));
    QVERIFY2(store.errorString().contains(u"CODEX_BRIDGE_SECRET_STORE=file"_s), qPrintable(store.errorString()));
    QVERIFY(!store.errorString().contains(u"secret-value"_s));
    // Not "not found" (which would send the user to sign in again): the keychain is locked.
    QByteArray read("untouched");
    QCOMPARE(store.read(stored, &read), SecretStore::ReadStatus::Failed);
    QVERIFY2(store.errorString().contains(u"locked"_s), qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(u"CODEX_BRIDGE_SECRET_STORE=file"_s));
    QCOMPARE(read, QByteArray("untouched"));
    // Nor may a delete that left the entry in place look like success.
    QVERIFY(!store.remove(stored));
    QVERIFY2(store.errorString().contains(u"locked"_s), qPrintable(store.errorString()));
    QVERIFY2(elapsed.elapsed() < 10000, QByteArray::number(elapsed.elapsed()).constData());
}

void tst_KeychainSecretStore::noSecretServiceFailsClearly()
{
    REQUIRE_MODE("unavailable");
    const std::chrono::milliseconds timeout = 10s;
    KeychainSecretStore store(timeout);
    QElapsedTimer elapsed;
    elapsed.start();

    QVERIFY(!store.write(u"account:a@example.com"_s, "secret-value"));
    const QString writeError = store.errorString();
    QVERIFY2(writeError.contains(u"CODEX_BRIDGE_SECRET_STORE=file"_s), qPrintable(writeError));
    QVERIFY2(writeError.contains(u"keychain"_s), qPrintable(writeError));
    QVERIFY2(writeError.contains(u"account:a@example.com"_s), qPrintable(writeError));
    QVERIFY(!writeError.contains(u"secret-value"_s));

    QByteArray read("untouched");
    QCOMPARE(store.read(u"account:a@example.com"_s, &read), SecretStore::ReadStatus::Failed);
    QCOMPARE(read, QByteArray("untouched"));
    QVERIFY(store.errorString().contains(u"CODEX_BRIDGE_SECRET_STORE=file"_s));
    QVERIFY(!store.remove(u"account:a@example.com"_s));
    QVERIFY(store.errorString().contains(u"CODEX_BRIDGE_SECRET_STORE=file"_s));
    // A missing bus is reported at once, not after the timeout.
    QVERIFY2(elapsed.elapsed() < timeout.count(), QByteArray::number(elapsed.elapsed()).constData());
}

void tst_KeychainSecretStore::accountStoreWithoutSecretServiceWritesNothing()
{
    REQUIRE_MODE("unavailable");
    QTemporaryDir dir;
    AccountStore store(dir.filePath(u"config"_s), std::make_unique<KeychainSecretStore>(10s));
    QVERIFY(store.load());
    QVERIFY(!store.addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QVERIFY2(store.errorString().contains(u"CODEX_BRIDGE_SECRET_STORE=file"_s), qPrintable(store.errorString()));
    // Tokens first: when they cannot be stored, no account appears (on disk or in memory).
    QVERIFY(store.accounts().isEmpty());
    QVERIFY(!QFileInfo::exists(store.metadataFilePath()));
}

void tst_KeychainSecretStore::unresponsiveSecretServiceTimesOut()
{
    REQUIRE_MODE("unavailable");
    // A "bus" that accepts the connection and never answers, like a hung service or an unanswered prompt.
    QTemporaryDir dir;
    QLocalServer silentBus;
    QVERIFY(silentBus.listen(dir.filePath(u"bus"_s)));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(silentBus.fullServerName()));

    const std::chrono::milliseconds timeout = 1500ms;
    KeychainSecretStore store(timeout);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!store.write(u"account:a@example.com"_s, "secret-value"));
    const qint64 took = elapsed.elapsed();
    QVERIFY2(took >= timeout.count() - 100 && took < timeout.count() + 5000, QByteArray::number(took).constData());
    QVERIFY2(store.errorString().contains(u"did not answer within 1.5 seconds"_s), qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(u"CODEX_BRIDGE_SECRET_STORE=file"_s));

    // Later calls wait behind the stuck job, and time out as well instead of hanging.
    elapsed.restart();
    QByteArray read;
    QCOMPARE(store.read(u"account:a@example.com"_s, &read), SecretStore::ReadStatus::Failed);
    QVERIFY(elapsed.elapsed() < timeout.count() + 5000);
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
