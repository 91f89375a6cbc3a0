#include "auth/filesecretstore.h"
#include "providers/providerstore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// The store with a real file-backed SecretStore kept outside the config dir, so "no key in the config dir" is a
// real check of what ProviderStore writes.
class tst_ProviderStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keysNeverInConfigFiles_data();
    void keysNeverInConfigFiles();
    void reloadAndRemove();
    void rejectsInvalidProviders_data();
    void rejectsInvalidProviders();
    void corruptFileIsNeverOverwritten();
    void missingFileMeansNoProvider();

private:
    static Provider provider(const QString &name, const QString &url);
    QByteArray configDirContents() const;

    std::unique_ptr<QTemporaryDir> m_configDir;
    std::unique_ptr<QTemporaryDir> m_secretDir;
    std::unique_ptr<FileSecretStore> m_secrets;
};

Provider tst_ProviderStore::provider(const QString &name, const QString &url)
{
    QString error;
    Provider p = Provider::fromJson(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("baseUrl"), url}}, &error);
    if (p.id.isEmpty())
        qFatal("bad provider: %s", qPrintable(error));
    return p;
}

QByteArray tst_ProviderStore::configDirContents() const
{
    QByteArray all;
    QDirIterator it(m_configDir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.fileName().toUtf8() + '\n' + file.readAll() + '\n';
    }
    return all;
}

void tst_ProviderStore::init()
{
    m_configDir = std::make_unique<QTemporaryDir>();
    m_secretDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_configDir->isValid() && m_secretDir->isValid());
    m_secrets = std::make_unique<FileSecretStore>(m_secretDir->filePath(QStringLiteral("secrets.json")));
}

void tst_ProviderStore::keysNeverInConfigFiles_data()
{
    QTest::addColumn<QByteArray>("apiKey");
    QTest::newRow("openrouter style") << QByteArray("sk-or-v1-0123456789abcdef0123456789abcdef");
    QTest::newRow("with symbols") << QByteArray("k3y/with+symbols=and\"quotes\"");
}

void tst_ProviderStore::keysNeverInConfigFiles()
{
    QFETCH(QByteArray, apiKey);
    ProviderStore store(m_configDir->path(), m_secrets.get());
    QVERIFY(store.load());
    Provider p = provider(QStringLiteral("Open Router"), QStringLiteral("https://openrouter.ai/api/v1"));
    p.headers = {{QByteArrayLiteral("HTTP-Referer"), QByteArrayLiteral("https://example.com")}};
    QVERIFY2(store.upsert(p, apiKey), qPrintable(store.errorString()));
    ProviderRouting routing;
    routing.rules = {{QStringLiteral("haiku"), QStringLiteral("open-router"), QStringLiteral("m")}};
    QVERIFY2(store.setRouting(routing), qPrintable(store.errorString()));

    const QByteArray contents = configDirContents();
    QVERIFY(contents.contains("open-router"));
    QVERIFY(!contents.contains(apiKey));
    QVERIFY(!contents.contains(apiKey.toBase64()));
    QByteArray stored;
    QCOMPARE(m_secrets->read(QStringLiteral("provider:open-router"), &stored), SecretStore::ReadStatus::Found);
    QCOMPARE(stored, apiKey);
    QCOMPARE(store.apiKey(QStringLiteral("open-router")), apiKey);
    QCOMPARE(QFile::permissions(store.filePath()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void tst_ProviderStore::reloadAndRemove()
{
    {
        ProviderStore store(m_configDir->path(), m_secrets.get());
        QVERIFY(store.load());
        Provider p = provider(QStringLiteral("Local Ollama"), QStringLiteral("http://127.0.0.1:11434/v1"));
        p.models = {QStringLiteral("qwen3:8b")};
        QVERIFY(store.upsert(p, QByteArray("ollama-key")));
        ProviderRouting routing;
        routing.rules = {{QStringLiteral("haiku"), QStringLiteral("local-ollama"), QStringLiteral("qwen3:8b")}};
        routing.fallback = ProviderRouting::Target{QStringLiteral("local-ollama"), QStringLiteral("qwen3:8b")};
        routing.haikuModel = QStringLiteral("local-ollama/qwen3:8b");
        QVERIFY(store.setRouting(routing));
        // Updating without a key keeps the key.
        p.models << QStringLiteral("llama3.2");
        QVERIFY(store.upsert(p, std::nullopt));
    }
    ProviderStore store(m_configDir->path(), m_secrets.get());
    QVERIFY(store.load());
    QCOMPARE(store.providers().size(), 1);
    QCOMPARE(store.providers().first().models, (QStringList{QStringLiteral("qwen3:8b"), QStringLiteral("llama3.2")}));
    QCOMPARE(store.routing().rules.size(), 1);
    QVERIFY(store.isActive());
    QCOMPARE(store.apiKey(QStringLiteral("local-ollama")), QByteArray("ollama-key"));

    QVERIFY(store.remove(QStringLiteral("local-ollama")));
    QVERIFY(!store.isActive());
    QVERIFY(store.routing().rules.isEmpty());
    QVERIFY(!store.routing().fallback);
    QVERIFY(store.routing().haikuModel.isEmpty());
    QByteArray stored;
    QCOMPARE(m_secrets->read(QStringLiteral("provider:local-ollama"), &stored), SecretStore::ReadStatus::NotFound);
    QVERIFY(!store.remove(QStringLiteral("local-ollama")));
}

void tst_ProviderStore::rejectsInvalidProviders_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("no name or id") << QJsonObject{{QStringLiteral("baseUrl"), QStringLiteral("http://localhost:1/v1")}};
    QTest::newRow("ftp url") << QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                            {QStringLiteral("baseUrl"), QStringLiteral("ftp://h/v1")}};
    QTest::newRow("no url") << QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}};
    QTest::newRow("authorization header") << QJsonObject{
        {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("baseUrl"), QStringLiteral("http://h/v1")},
        {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Bearer k")}}}};
    QTest::newRow("header with newline") << QJsonObject{
        {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("baseUrl"), QStringLiteral("http://h/v1")},
        {QStringLiteral("headers"), QJsonObject{{QStringLiteral("X-A"), QStringLiteral("a\r\nX-B: b")}}}};
}

void tst_ProviderStore::rejectsInvalidProviders()
{
    QFETCH(QJsonObject, json);
    QString error;
    const Provider p = Provider::fromJson(json, &error);
    QVERIFY(p.id.isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_ProviderStore::corruptFileIsNeverOverwritten()
{
    const QString path = QDir(m_configDir->path()).filePath(ProviderStore::fileName());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
    }
    ProviderStore store(m_configDir->path(), m_secrets.get());
    QVERIFY(!store.load());
    QVERIFY(!store.errorString().isEmpty());
    QVERIFY(!store.isActive());
    QVERIFY(!store.upsert(provider(QStringLiteral("x"), QStringLiteral("http://h/v1")), std::nullopt));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ not json"));
}

void tst_ProviderStore::missingFileMeansNoProvider()
{
    ProviderStore store(m_configDir->path(), m_secrets.get());
    QVERIFY(store.load());
    QVERIFY(!store.isActive());
    QVERIFY(store.routing().isEmpty());
    QVERIFY(!QFile::exists(store.filePath())); // loading writes nothing
}

QTEST_GUILESS_MAIN(tst_ProviderStore)
#include "tst_providerstore.moc"
