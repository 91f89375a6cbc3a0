#include "auth/accountstore.h"
#include "auth/filesecretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

QString fakeJwt(const QJsonObject &payload)
{
    const auto b64 = [](const QByteArray &data) {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(b64(R"({"alg":"none"})") + '.' + b64(QJsonDocument(payload).toJson()) + '.');
}

// Distinct, recognisable fake tokens per account so the test can grep for them.
AccountTokens fakeTokens(const QString &tag, qint64 exp = 4102444800)
{
    return AccountTokens(fakeJwt({{u"email"_s, tag}, {u"nonce"_s, u"ID-"_s + tag}}),
                         fakeJwt({{u"exp"_s, exp}, {u"nonce"_s, u"ACCESS-"_s + tag}}),
                         u"REFRESH-SECRET-"_s + tag, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
}

Account makeAccount(const QString &email, const QString &accountId, const QString &plan = u"plus"_s)
{
    Account account;
    account.email = email;
    account.accountId = accountId;
    account.planType = plan;
    account.userId = u"user-"_s + email;
    return account;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A secret store in memory that can be told to fail, to test how AccountStore handles store errors.
class MemorySecretStore final : public SecretStore
{
public:
    explicit MemorySecretStore(std::map<QString, QByteArray> *secrets) : m_secrets(secrets) {}
    QString backendName() const override { return u"memory"_s; }
    ReadStatus read(const QString &key, QByteArray *secret) override
    {
        if (failing) {
            setErrorString(u"memory store failure"_s);
            return ReadStatus::Failed;
        }
        const auto it = m_secrets->find(key);
        if (it == m_secrets->end())
            return ReadStatus::NotFound;
        *secret = it->second;
        return ReadStatus::Found;
    }
    bool write(const QString &key, const QByteArray &secret) override
    {
        if (failing) {
            setErrorString(u"memory store failure"_s);
            return false;
        }
        (*m_secrets)[key] = secret;
        return true;
    }
    bool remove(const QString &key) override
    {
        if (failing) {
            setErrorString(u"memory store failure"_s);
            return false;
        }
        m_secrets->erase(key);
        return true;
    }
    bool failing = false;

private:
    std::map<QString, QByteArray> *m_secrets;
};

} // namespace

class tst_AccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void missingFileIsEmpty();
    void configDirFromEnvironment();
    void defaultConfigDirWithoutEnvironment();
    void roundTrip();
    void firstAddedBecomesActive();
    void reAddUpdatesInPlace_data();
    void reAddUpdatesInPlace();
    void gainingAccountIdMovesTokens();
    void sameEmailTwoWorkspaces();
    void setActive();
    void remove();
    void clear();
    void rejectsInvalidAccounts();
    void corruptFileNotClobbered_data();
    void corruptFileNotClobbered();
    void clearMovesCorruptFileAside();
    void secretsFileIsOwnerOnly();
    void noTokenInAccountsJson();
    void corruptSecretsFileFailsCleanly();
    void secretStoreFailureWritesNoMetadata();
    void metadataWriteFailureReverts();
    void unknownSecretStoreSelection();
    void updateTokens();
    void setStatusRoundTrip();
    void markUsedIsThrottled();
    void reloadsExternalChanges();
    void reloadKeepsAccountsWhenFileIsUnparsable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString configDir() const { return m_dir->filePath(u"config"_s); }
    // Uses CODEX_BRIDGE_CONFIG_DIR and CODEX_BRIDGE_SECRET_STORE=file (set in init()).
    static std::unique_ptr<AccountStore> makeStore() { return std::make_unique<AccountStore>(); }
};

void tst_AccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("CODEX_BRIDGE_CONFIG_DIR", configDir().toLocal8Bit());
    // The default is the OS keychain (tested in tst_keychainsecretstore); these tests look at the files.
    qputenv("CODEX_BRIDGE_SECRET_STORE", "file");
}

void tst_AccountStore::cleanup()
{
    qunsetenv("CODEX_BRIDGE_CONFIG_DIR");
    qunsetenv("CODEX_BRIDGE_SECRET_STORE");
    m_dir.reset();
}

void tst_AccountStore::missingFileIsEmpty()
{
    auto store = makeStore();
    QVERIFY(store->load());
    QVERIFY(store->accounts().isEmpty());
    QVERIFY(!store->activeAccount());
    QVERIFY(!store->isReadOnly());
    // Loading must not create anything.
    QVERIFY(!QFileInfo::exists(configDir()));
}

void tst_AccountStore::configDirFromEnvironment()
{
    auto store = makeStore();
    QCOMPARE(store->configDir(), configDir());
    QCOMPARE(store->metadataFilePath(), QDir(configDir()).filePath(u"accounts.json"_s));
    QVERIFY(store->secretStore());
    QCOMPARE(store->secretStore()->backendName(), u"file"_s);
    QVERIFY(store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QVERIFY(QFileInfo::exists(QDir(configDir()).filePath(u"accounts.json"_s)));
    QVERIFY(QFileInfo::exists(QDir(configDir()).filePath(u"secrets.json"_s)));
    // The folder we create holds secrets: owner only.
    QCOMPARE(QFileInfo(configDir()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void tst_AccountStore::defaultConfigDirWithoutEnvironment()
{
    const QString oldName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(u"codex-bridge"_s);
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("CODEX_BRIDGE_CONFIG_DIR");
    const QString unset = AccountStore::defaultConfigDir();
    qputenv("CODEX_BRIDGE_CONFIG_DIR", "");
    const QString empty = AccountStore::defaultConfigDir();
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QStandardPaths::setTestModeEnabled(false);
    QCoreApplication::setApplicationName(oldName);

    QVERIFY(expected.endsWith(u"/codex-bridge"_s));
    QCOMPARE(unset, expected);
    QCOMPARE(empty, expected);
}

void tst_AccountStore::roundTrip()
{
    Account alice = makeAccount(u"alice@example.com"_s, u"acc-alice"_s, u"pro"_s);
    alice.addedAt = QDateTime::fromString(u"2025-01-02T03:04:05.678Z"_s, Qt::ISODateWithMs);
    alice.lastUsedAt = QDateTime::fromString(u"2025-02-03T04:05:06.789Z"_s, Qt::ISODateWithMs);
    Account bob = makeAccount(u"bob@example.com"_s, QString(), u"team"_s);
    bob.status = Account::Status::SignInNeeded;
    const AccountTokens aliceTokens = fakeTokens(u"alice"_s, 1900000000);
    const AccountTokens bobTokens = fakeTokens(u"bob"_s);
    {
        auto store = makeStore();
        QVERIFY(store->load());
        QVERIFY2(store->addOrUpdate(alice, aliceTokens), qPrintable(store->errorString()));
        QVERIFY2(store->addOrUpdate(bob, bobTokens), qPrintable(store->errorString()));
        QVERIFY(store->setActive(u"bob@example.com"_s));
    }
    auto store = makeStore();
    QVERIFY2(store->load(), qPrintable(store->errorString()));
    const QList<Account> accounts = store->accounts();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0), alice);
    QCOMPARE(accounts.at(1).email, bob.email);
    QCOMPARE(accounts.at(1).planType, u"team"_s);
    QCOMPARE(accounts.at(1).status, Account::Status::SignInNeeded);
    QVERIFY(accounts.at(1).addedAt.isValid()); // filled in when added
    QCOMPARE(store->activeAccount()->email, u"bob@example.com"_s);

    const std::optional<AccountTokens> loadedAlice = store->tokens(u"acc-alice"_s);
    QVERIFY2(loadedAlice, qPrintable(store->errorString()));
    QCOMPARE(*loadedAlice, aliceTokens);
    QCOMPARE(loadedAlice->accessTokenExpiresAt.toSecsSinceEpoch(), 1900000000);
    QCOMPARE(*store->tokens(u"BOB@example.com"_s), bobTokens); // emails match case-insensitively
}

void tst_AccountStore::firstAddedBecomesActive()
{
    auto store = makeStore();
    QSignalSpy activeSpy(store.get(), &AccountStore::activeAccountChanged);
    QSignalSpy changedSpy(store.get(), &AccountStore::accountsChanged);
    QVERIFY(store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QCOMPARE(store->activeAccount()->accountId, u"acc-a"_s);
    QCOMPARE(activeSpy.size(), 1);
    QCOMPARE(changedSpy.size(), 1);
    QVERIFY(store->addOrUpdate(makeAccount(u"b@example.com"_s, u"acc-b"_s), fakeTokens(u"b"_s)));
    QCOMPARE(store->activeAccount()->accountId, u"acc-a"_s);
    QCOMPARE(activeSpy.size(), 1);
    QCOMPARE(changedSpy.size(), 2);
}

void tst_AccountStore::reAddUpdatesInPlace_data()
{
    QTest::addColumn<Account>("original");
    QTest::addColumn<Account>("update");
    QTest::addColumn<QString>("expectedEmail");
    QTest::addColumn<QString>("expectedAccountId");
    QTest::addColumn<QString>("expectedPlan");

    QTest::newRow("same account id, new email and plan")
        << makeAccount(u"old@example.com"_s, u"acc-1"_s, u"plus"_s)
        << makeAccount(u"new@example.com"_s, u"acc-1"_s, u"pro"_s) << u"new@example.com"_s << u"acc-1"_s
        << u"pro"_s;
    QTest::newRow("same email, no account ids") << makeAccount(u"x@example.com"_s, QString(), u"plus"_s)
                                                << makeAccount(u"X@Example.com"_s, QString(), u"pro"_s)
                                                << u"X@Example.com"_s << QString() << u"pro"_s;
    QTest::newRow("re-import knowing less keeps what was known")
        << makeAccount(u"x@example.com"_s, u"acc-1"_s, u"plus"_s) << makeAccount(QString(), u"acc-1"_s, QString())
        << u"x@example.com"_s << u"acc-1"_s << u"plus"_s;
    QTest::newRow("email match when the new one has no id")
        << makeAccount(u"x@example.com"_s, u"acc-1"_s, u"plus"_s)
        << makeAccount(u"x@example.com"_s, QString(), u"pro"_s) << u"x@example.com"_s << u"acc-1"_s << u"pro"_s;
}

void tst_AccountStore::reAddUpdatesInPlace()
{
    QFETCH(Account, original);
    QFETCH(Account, update);
    QFETCH(QString, expectedEmail);
    QFETCH(QString, expectedAccountId);
    QFETCH(QString, expectedPlan);

    auto store = makeStore();
    QVERIFY(store->addOrUpdate(makeAccount(u"first@example.com"_s, u"acc-first"_s), fakeTokens(u"first"_s)));
    original.addedAt = QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC);
    QVERIFY(store->addOrUpdate(original, fakeTokens(u"old"_s)));
    QVERIFY(store->addOrUpdate(makeAccount(u"last@example.com"_s, u"acc-last"_s), fakeTokens(u"last"_s)));
    QVERIFY(store->markUsed(original.key(), QDateTime::fromSecsSinceEpoch(1650000000, Qt::UTC)));

    QVERIFY2(store->addOrUpdate(update, fakeTokens(u"new"_s)), qPrintable(store->errorString()));

    auto check = [&](AccountStore &s) {
        const QList<Account> accounts = s.accounts();
        QCOMPARE(accounts.size(), 3);
        const Account &updated = accounts.at(1); // same position
        QCOMPARE(updated.email, expectedEmail);
        QCOMPARE(updated.accountId, expectedAccountId);
        QCOMPARE(updated.planType, expectedPlan);
        QCOMPARE(updated.addedAt, QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC));
        QCOMPARE(updated.lastUsedAt, QDateTime::fromSecsSinceEpoch(1650000000, Qt::UTC));
        QCOMPARE(*s.tokens(updated.key()), fakeTokens(u"new"_s));
        QCOMPARE(accounts.at(0).email, u"first@example.com"_s);
        QCOMPARE(accounts.at(2).email, u"last@example.com"_s);
    };
    check(*store);
    auto reloaded = makeStore();
    QVERIFY(reloaded->load());
    check(*reloaded);
}

void tst_AccountStore::gainingAccountIdMovesTokens()
{
    auto store = makeStore();
    QVERIFY(store->addOrUpdate(makeAccount(u"x@example.com"_s, QString()), fakeTokens(u"old"_s)));
    QVERIFY(store->activeAccount());
    QCOMPARE(store->activeAccount()->key(), u"x@example.com"_s);
    QVERIFY(store->addOrUpdate(makeAccount(u"x@example.com"_s, u"acc-x"_s), fakeTokens(u"new"_s)));
    QCOMPARE(store->accounts().size(), 1);
    QCOMPARE(store->activeAccount()->key(), u"acc-x"_s);
    QCOMPARE(*store->tokens(u"acc-x"_s), fakeTokens(u"new"_s));
    // The entry under the old key is gone from the secrets file.
    FileSecretStore secrets(QDir(configDir()).filePath(u"secrets.json"_s));
    QByteArray secret;
    QCOMPARE(secrets.read(u"account:x@example.com"_s, &secret), SecretStore::ReadStatus::NotFound);
    QCOMPARE(secrets.read(u"account:acc-x"_s, &secret), SecretStore::ReadStatus::Found);
}

void tst_AccountStore::sameEmailTwoWorkspaces()
{
    auto store = makeStore();
    QVERIFY(store->addOrUpdate(makeAccount(u"x@example.com"_s, u"acc-personal"_s, u"plus"_s), fakeTokens(u"p"_s)));
    QVERIFY(store->addOrUpdate(makeAccount(u"x@example.com"_s, u"acc-team"_s, u"team"_s), fakeTokens(u"t"_s)));
    QCOMPARE(store->accounts().size(), 2);
    QCOMPARE(store->account(u"acc-team"_s)->planType, u"team"_s);
    QCOMPARE(*store->tokens(u"acc-team"_s), fakeTokens(u"t"_s));
    QCOMPARE(*store->tokens(u"acc-personal"_s), fakeTokens(u"p"_s));
    QVERIFY(store->setActive(u"acc-team"_s));
    auto reloaded = makeStore();
    QVERIFY(reloaded->load());
    QCOMPARE(reloaded->activeAccount()->accountId, u"acc-team"_s);
}

void tst_AccountStore::setActive()
{
    auto store = makeStore();
    QVERIFY(store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QVERIFY(store->addOrUpdate(makeAccount(u"b@example.com"_s, u"acc-b"_s), fakeTokens(u"b"_s)));
    QSignalSpy activeSpy(store.get(), &AccountStore::activeAccountChanged);
    QVERIFY(!store->setActive(u"nobody@example.com"_s));
    QVERIFY(store->errorString().contains(u"nobody@example.com"_s));
    QCOMPARE(activeSpy.size(), 0);
    QVERIFY(store->setActive(u"b@example.com"_s));
    QCOMPARE(activeSpy.size(), 1);
    QVERIFY(store->setActive(u"b@example.com"_s)); // no change, no signal
    QCOMPARE(activeSpy.size(), 1);
    QCOMPARE(store->activeAccount()->email, u"b@example.com"_s);
    auto reloaded = makeStore();
    QVERIFY(reloaded->load());
    QCOMPARE(reloaded->activeAccount()->email, u"b@example.com"_s);
}

void tst_AccountStore::remove()
{
    auto store = makeStore();
    QVERIFY(store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QVERIFY(store->addOrUpdate(makeAccount(u"b@example.com"_s, u"acc-b"_s), fakeTokens(u"b"_s)));
    QVERIFY(store->addOrUpdate(makeAccount(u"c@example.com"_s, u"acc-c"_s), fakeTokens(u"c"_s)));
    QVERIFY(store->setActive(u"acc-b"_s));
    QSignalSpy activeSpy(store.get(), &AccountStore::activeAccountChanged);
    QSignalSpy changedSpy(store.get(), &AccountStore::accountsChanged);

    QVERIFY(store->remove(u"c@example.com"_s)); // not active
    QCOMPARE(activeSpy.size(), 0);
    QCOMPARE(changedSpy.size(), 1);
    QVERIFY(!store->tokens(u"acc-c"_s));
    QVERIFY(!readAll(QDir(configDir()).filePath(u"secrets.json"_s)).contains("acc-c"));

    QVERIFY(store->remove(u"acc-b"_s)); // active: the first remaining one takes over
    QCOMPARE(activeSpy.size(), 1);
    QCOMPARE(store->activeAccount()->accountId, u"acc-a"_s);
    QVERIFY(!store->remove(u"acc-b"_s));

    QVERIFY(store->remove(u"acc-a"_s));
    QVERIFY(!store->activeAccount());
    QCOMPARE(activeSpy.size(), 2);
    auto reloaded = makeStore();
    QVERIFY(reloaded->load());
    QVERIFY(reloaded->accounts().isEmpty());
    QVERIFY(!reloaded->activeAccount());
}

void tst_AccountStore::clear()
{
    auto store = makeStore();
    QVERIFY(store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QVERIFY(store->addOrUpdate(makeAccount(u"b@example.com"_s, u"acc-b"_s), fakeTokens(u"b"_s)));
    QSignalSpy activeSpy(store.get(), &AccountStore::activeAccountChanged);
    QVERIFY(store->clear());
    QVERIFY(store->accounts().isEmpty());
    QVERIFY(!store->activeAccount());
    QCOMPARE(activeSpy.size(), 1);
    const QByteArray secrets = readAll(QDir(configDir()).filePath(u"secrets.json"_s));
    QVERIFY(!secrets.contains("account:"));
    auto reloaded = makeStore();
    QVERIFY(reloaded->load());
    QVERIFY(reloaded->accounts().isEmpty());
}

void tst_AccountStore::rejectsInvalidAccounts()
{
    auto store = makeStore();
    QVERIFY(!store->addOrUpdate(Account(), fakeTokens(u"a"_s)));
    QVERIFY(!store->errorString().isEmpty());
    QVERIFY(!store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), AccountTokens()));
    QVERIFY(store->accounts().isEmpty());
    QVERIFY(!QFileInfo::exists(store->metadataFilePath()));
}

void tst_AccountStore::corruptFileNotClobbered_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("garbage") << QByteArray("{\"accounts\": [ {\"email\": \"a@exa");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
    QTest::newRow("array root") << QByteArray(R"([{"email":"a@example.com"}])");
    QTest::newRow("accounts not a list") << QByteArray(R"({"accounts":{"email":"a@example.com"}})");
    QTest::newRow("entry not an object") << QByteArray(R"({"accounts":[{"email":"a@example.com"}, 42]})");
    QTest::newRow("entry without identity") << QByteArray(R"({"accounts":[{"planType":"plus"}]})");
    QTest::newRow("newer version") << QByteArray(R"({"version":99,"accounts":[]})");
}

void tst_AccountStore::corruptFileNotClobbered()
{
    QFETCH(QByteArray, content);
    QVERIFY(QDir().mkpath(configDir()));
    const QString path = QDir(configDir()).filePath(u"accounts.json"_s);
    QVERIFY(writeAll(path, content));

    auto store = makeStore();
    QVERIFY(!store->load());
    QVERIFY(store->isReadOnly());
    QVERIFY(store->errorString().contains(u"accounts.json"_s));
    QVERIFY(store->accounts().isEmpty());

    QVERIFY(!store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QVERIFY(!store->errorString().isEmpty());
    QVERIFY(!store->setActive(u"a@example.com"_s));
    QVERIFY(!store->remove(u"a@example.com"_s));
    QVERIFY(!store->markUsed(u"a@example.com"_s));
    store.reset(); // the destructor must not write either
    QCOMPARE(readAll(path), content);
    QVERIFY(!QFileInfo::exists(QDir(configDir()).filePath(u"secrets.json"_s)));
}

void tst_AccountStore::clearMovesCorruptFileAside()
{
    QVERIFY(QDir().mkpath(configDir()));
    const QString path = QDir(configDir()).filePath(u"accounts.json"_s);
    const QByteArray content("not json");
    QVERIFY(writeAll(path, content));
    auto store = makeStore();
    QVERIFY(!store->load());
    QVERIFY(store->clear());
    QVERIFY(!store->isReadOnly());
    const QStringList aside = QDir(configDir()).entryList({u"accounts.json.bad-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readAll(QDir(configDir()).filePath(aside.first())), content);
    QVERIFY(store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    auto reloaded = makeStore();
    QVERIFY(reloaded->load());
    QCOMPARE(reloaded->accounts().size(), 1);
}

void tst_AccountStore::secretsFileIsOwnerOnly()
{
    // A permissive umask must not matter: the mode is set explicitly.
    const mode_t oldUmask = ::umask(0);
    auto store = makeStore();
    const bool added = store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s));
    ::umask(oldUmask);
    QVERIFY2(added, qPrintable(store->errorString()));

    struct stat info {};
    const QByteArray secretsPath = QFile::encodeName(QDir(configDir()).filePath(u"secrets.json"_s));
    QCOMPARE(::stat(secretsPath.constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
}

void tst_AccountStore::noTokenInAccountsJson()
{
    auto store = makeStore();
    const AccountTokens a = fakeTokens(u"alpha"_s);
    const AccountTokens b = fakeTokens(u"beta"_s);
    QVERIFY(store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), a));
    QVERIFY(store->addOrUpdate(makeAccount(u"b@example.com"_s, u"acc-b"_s), b));
    QVERIFY(store->updateTokens(u"acc-a"_s, fakeTokens(u"gamma"_s)));
    QVERIFY(store->markUsed(u"acc-a"_s));
    store.reset();

    const QByteArray metadata = readAll(QDir(configDir()).filePath(u"accounts.json"_s));
    QVERIFY(metadata.contains("acc-a")); // the file is really there and has the metadata
    for (const AccountTokens &tokens : {a, b, fakeTokens(u"gamma"_s)}) {
        for (const QString &token : {tokens.idToken, tokens.accessToken, tokens.refreshToken}) {
            QVERIFY(!metadata.contains(token.toUtf8()));
            QVERIFY(!metadata.contains(token.toUtf8().toBase64()));
        }
        // Not even a part of one.
        QVERIFY(!metadata.contains(tokens.refreshToken.toUtf8().left(12)));
        QVERIFY(!metadata.contains(tokens.accessToken.toUtf8().left(20)));
    }
    QVERIFY(!metadata.contains("REFRESH"));
    QVERIFY(!metadata.contains("token"));
}

void tst_AccountStore::corruptSecretsFileFailsCleanly()
{
    QVERIFY(QDir().mkpath(configDir()));
    const QString secretsPath = QDir(configDir()).filePath(u"secrets.json"_s);
    const QByteArray content("{ broken");
    QVERIFY(writeAll(secretsPath, content));
    auto store = makeStore();
    QVERIFY(store->load());
    QVERIFY(!store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QVERIFY(store->errorString().contains(u"secrets.json"_s));
    QVERIFY(!store->errorString().contains(u"broken"_s)); // never quotes the content
    QVERIFY(store->accounts().isEmpty());
    QVERIFY(!QFileInfo::exists(store->metadataFilePath()));
    QCOMPARE(readAll(secretsPath), content);
}

void tst_AccountStore::secretStoreFailureWritesNoMetadata()
{
    std::map<QString, QByteArray> secrets;
    auto memory = std::make_unique<MemorySecretStore>(&secrets);
    MemorySecretStore *memoryStore = memory.get();
    AccountStore store(configDir(), std::move(memory));
    QVERIFY(store.addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    const QByteArray before = readAll(store.metadataFilePath());

    memoryStore->failing = true;
    QVERIFY(!store.addOrUpdate(makeAccount(u"b@example.com"_s, u"acc-b"_s), fakeTokens(u"b"_s)));
    QCOMPARE(store.errorString(), u"memory store failure"_s);
    QVERIFY(!store.remove(u"acc-a"_s));
    QVERIFY(!store.tokens(u"acc-a"_s));
    QVERIFY(!store.updateTokens(u"acc-a"_s, fakeTokens(u"c"_s)));
    QVERIFY(!store.clear());
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(readAll(store.metadataFilePath()), before);

    memoryStore->failing = false;
    QCOMPARE(*store.tokens(u"acc-a"_s), fakeTokens(u"a"_s));
}

void tst_AccountStore::metadataWriteFailureReverts()
{
    // A config dir below a regular file cannot be created.
    const QString blocker = m_dir->filePath(u"blocker"_s);
    QVERIFY(writeAll(blocker, "x"));
    std::map<QString, QByteArray> secrets;
    AccountStore store(QDir(blocker).filePath(u"config"_s), std::make_unique<MemorySecretStore>(&secrets));
    QSignalSpy changedSpy(&store, &AccountStore::accountsChanged);
    QVERIFY(!store.addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QVERIFY(!store.errorString().isEmpty());
    QVERIFY(store.accounts().isEmpty());
    QVERIFY(!store.activeAccount());
    QCOMPARE(changedSpy.size(), 0);
    QVERIFY(secrets.empty()); // the tokens written first were taken back
}

void tst_AccountStore::unknownSecretStoreSelection()
{
    qputenv("CODEX_BRIDGE_SECRET_STORE", "carrier-pigeon");
    auto store = makeStore();
    QVERIFY(!store->secretStore());
    QVERIFY(store->load());
    QVERIFY(!store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QVERIFY(store->errorString().contains(u"carrier-pigeon"_s));

    qputenv("CODEX_BRIDGE_SECRET_STORE", "File");
    auto fileStore = makeStore();
    QVERIFY(fileStore->secretStore());
    QCOMPARE(fileStore->secretStore()->backendName(), u"file"_s);
}

void tst_AccountStore::updateTokens()
{
    auto store = makeStore();
    QVERIFY(store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QSignalSpy changedSpy(store.get(), &AccountStore::accountsChanged);
    QVERIFY(store->updateTokens(u"a@example.com"_s, fakeTokens(u"rotated"_s, 1800000000)));
    QCOMPARE(changedSpy.size(), 0); // tokens are not metadata
    auto reloaded = makeStore();
    QVERIFY(reloaded->load());
    const auto tokens = reloaded->tokens(u"acc-a"_s);
    QVERIFY(tokens);
    QCOMPARE(tokens->refreshToken, u"REFRESH-SECRET-rotated"_s);
    QCOMPARE(tokens->accessTokenExpiresAt.toSecsSinceEpoch(), 1800000000);
    QVERIFY(!reloaded->updateTokens(u"nobody"_s, fakeTokens(u"x"_s)));
    QVERIFY(!reloaded->updateTokens(u"acc-a"_s, AccountTokens()));
}

void tst_AccountStore::setStatusRoundTrip()
{
    auto store = makeStore();
    QVERIFY(store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QSignalSpy changedSpy(store.get(), &AccountStore::accountsChanged);
    QVERIFY(store->setStatus(u"acc-a"_s, Account::Status::Disabled));
    QCOMPARE(changedSpy.size(), 1);
    QVERIFY(store->setStatus(u"acc-a"_s, Account::Status::Disabled));
    QCOMPARE(changedSpy.size(), 1);
    auto reloaded = makeStore();
    QVERIFY(reloaded->load());
    QCOMPARE(reloaded->account(u"acc-a"_s)->status, Account::Status::Disabled);
    QVERIFY(readAll(reloaded->metadataFilePath()).contains("\"disabled\""));
}

void tst_AccountStore::markUsedIsThrottled()
{
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    auto lastUsedOnDisk = [this]() {
        AccountStore reader;
        return reader.load() ? reader.account(u"acc-a"_s)->lastUsedAt : QDateTime();
    };
    {
        auto store = makeStore();
        QVERIFY(store->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
        QSignalSpy changedSpy(store.get(), &AccountStore::accountsChanged);
        QVERIFY(store->markUsed(u"acc-a"_s, t0));
        QCOMPARE(lastUsedOnDisk(), t0);
        QCOMPARE(changedSpy.size(), 1);

        QVERIFY(store->markUsed(u"acc-a"_s, t0.addSecs(30)));
        QCOMPARE(store->account(u"acc-a"_s)->lastUsedAt, t0.addSecs(30)); // in memory at once
        QCOMPARE(lastUsedOnDisk(), t0);                                   // not yet on disk
        QVERIFY(store->markUsed(u"acc-a"_s, t0.addSecs(50)));
        QCOMPARE(lastUsedOnDisk(), t0);
        QCOMPARE(changedSpy.size(), 1);

        QVERIFY(store->markUsed(u"acc-a"_s, t0.addSecs(61)));
        QCOMPARE(lastUsedOnDisk(), t0.addSecs(61));
        QCOMPARE(changedSpy.size(), 2);

        QVERIFY(store->markUsed(u"acc-a"_s, t0.addSecs(70)));
        QVERIFY(store->markUsed(u"acc-a"_s, t0.addSecs(65))); // older: ignored
        QCOMPARE(store->account(u"acc-a"_s)->lastUsedAt, t0.addSecs(70));
        QCOMPARE(lastUsedOnDisk(), t0.addSecs(61));
        QVERIFY(!store->markUsed(u"nobody"_s, t0));
    }
    // The destructor wrote the pending time.
    QCOMPARE(lastUsedOnDisk(), t0.addSecs(70));
}

void tst_AccountStore::reloadsExternalChanges()
{
    // The server's store, and the command line changing the same files meanwhile.
    auto server = makeStore();
    QVERIFY(server->load());
    QSignalSpy reloadedSpy(server.get(), &AccountStore::reloaded);
    QSignalSpy changedSpy(server.get(), &AccountStore::accountsChanged);
    QSignalSpy activeSpy(server.get(), &AccountStore::activeAccountChanged);

    {
        auto cli = makeStore(); // the config folder does not exist yet: it appears now
        QVERIFY(cli->load());
        QVERIFY(cli->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    }
    QTRY_COMPARE(server->accounts().size(), 1);
    QCOMPARE(server->activeAccount()->accountId, u"acc-a"_s);
    QCOMPARE(*server->tokens(u"acc-a"_s), fakeTokens(u"a"_s));
    QCOMPARE(reloadedSpy.size(), 1);
    QCOMPARE(changedSpy.size(), 1);
    QCOMPARE(activeSpy.size(), 1);

    {
        auto cli = makeStore();
        QVERIFY(cli->load());
        QVERIFY(cli->addOrUpdate(makeAccount(u"b@example.com"_s, u"acc-b"_s), fakeTokens(u"b"_s)));
        QVERIFY(cli->setActive(u"b@example.com"_s));
    }
    QTRY_COMPARE(server->activeAccount()->accountId, u"acc-b"_s);
    QCOMPARE(server->accounts().size(), 2);
    QVERIFY(reloadedSpy.size() >= 2);

    // The server's own writes are not external changes.
    const qsizetype reloadsBefore = reloadedSpy.size();
    QVERIFY(server->setStatus(u"acc-a"_s, Account::Status::SignInNeeded));
    QTest::qWait(400);
    QCOMPARE(reloadedSpy.size(), reloadsBefore);
    // Touching the file without changing it is not one either.
    const QByteArray content = readAll(server->metadataFilePath());
    QVERIFY(writeAll(server->metadataFilePath(), content));
    QTest::qWait(400);
    QCOMPARE(reloadedSpy.size(), reloadsBefore);

    // Removed on the command line: gone for the server as well, and its next write does not bring it back.
    {
        auto cli = makeStore();
        QVERIFY(cli->load());
        QVERIFY(cli->remove(u"acc-a"_s));
    }
    QTRY_COMPARE(server->accounts().size(), 1);
    QVERIFY(server->markUsed(u"acc-b"_s));
    auto reread = makeStore();
    QVERIFY(reread->load());
    QCOMPARE(reread->accounts().size(), 1);
    QCOMPARE(reread->accounts().constFirst().accountId, u"acc-b"_s);
    QCOMPARE(reread->activeAccount()->accountId, u"acc-b"_s);
}

void tst_AccountStore::reloadKeepsAccountsWhenFileIsUnparsable()
{
    auto server = makeStore();
    QVERIFY(server->load());
    QVERIFY(server->addOrUpdate(makeAccount(u"a@example.com"_s, u"acc-a"_s), fakeTokens(u"a"_s)));
    QSignalSpy reloadedSpy(server.get(), &AccountStore::reloaded);
    const QByteArray good = readAll(server->metadataFilePath());

    QVERIFY(writeAll(server->metadataFilePath(), "{ half written"));
    QTRY_VERIFY(server->isReadOnly());
    QCOMPARE(reloadedSpy.size(), 0);
    QCOMPARE(server->accounts().size(), 1); // still serving with what it had
    QCOMPARE(server->activeAccount()->accountId, u"acc-a"_s);
    QVERIFY(server->tokens(u"acc-a"_s));
    // It does not overwrite the user's file.
    QVERIFY(!server->setStatus(u"acc-a"_s, Account::Status::SignInNeeded));
    QCOMPARE(readAll(server->metadataFilePath()), QByteArray("{ half written"));

    // Fixed: read again, writable again.
    QJsonDocument document = QJsonDocument::fromJson(good);
    QJsonObject root = document.object();
    root.insert(u"activeAccount"_s, u"acc-a"_s);
    QVERIFY(writeAll(server->metadataFilePath(), QJsonDocument(root).toJson()));
    QTRY_VERIFY(!server->isReadOnly());
    QCOMPARE(reloadedSpy.size(), 1);
    QVERIFY(server->setStatus(u"acc-a"_s, Account::Status::SignInNeeded));
}

QTEST_GUILESS_MAIN(tst_AccountStore)
#include "tst_accountstore.moc"
