#include "auth/filesecretstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 0777) : mode_t(07777);
}

} // namespace

class tst_FileSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip_data();
    void roundTrip();
    void missingFileAndKey();
    void removeMissingKeySucceeds();
    void createsFolderOwnerOnly();
    void modeIsOwnerOnlyWhateverTheUmask_data();
    void modeIsOwnerOnlyWhateverTheUmask();
    void loosenedFileIsTightened();
    void damagedFileIsNeverOverwritten_data();
    void damagedFileIsNeverOverwritten();
    void damagedEntry();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"secrets.json"_s); }
};

void tst_FileSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_FileSecretStore::roundTrip_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("text") << QByteArray(R"({"refresh_token":"abc"})");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\xff\x10\"\\\n", 6);
    QTest::newRow("utf-8") << QString(u"schlüssel-ключ-鍵"_s).toUtf8();
}

void tst_FileSecretStore::roundTrip()
{
    QFETCH(QByteArray, secret);
    {
        FileSecretStore store(path());
        QVERIFY2(store.write(u"account:one"_s, secret), qPrintable(store.errorString()));
        QVERIFY(store.write(u"account:two"_s, "other"));
    }
    FileSecretStore store(path());
    QByteArray read;
    QCOMPARE(store.read(u"account:one"_s, &read), SecretStore::ReadStatus::Found);
    QCOMPARE(read, secret);
    QCOMPARE(store.read(u"account:two"_s, &read), SecretStore::ReadStatus::Found);
    QCOMPARE(read, QByteArray("other"));
    QVERIFY(store.remove(u"account:one"_s));
    QCOMPARE(store.read(u"account:one"_s, &read), SecretStore::ReadStatus::NotFound);
    QCOMPARE(store.read(u"account:two"_s, &read), SecretStore::ReadStatus::Found);
}

void tst_FileSecretStore::missingFileAndKey()
{
    FileSecretStore store(path());
    QByteArray read("unchanged");
    QCOMPARE(store.read(u"x"_s, &read), SecretStore::ReadStatus::NotFound);
    QCOMPARE(read, QByteArray("unchanged"));
    QVERIFY(!QFile::exists(path())); // reading creates nothing
    QCOMPARE(store.backendName(), u"file"_s);
}

void tst_FileSecretStore::removeMissingKeySucceeds()
{
    FileSecretStore store(path());
    QVERIFY(store.remove(u"x"_s));
    QVERIFY(!QFile::exists(path()));
    QVERIFY(store.write(u"y"_s, "1"));
    const QByteArray before = readAll(path());
    QVERIFY(store.remove(u"x"_s));
    QCOMPARE(readAll(path()), before);
}

void tst_FileSecretStore::createsFolderOwnerOnly()
{
    const QString nested = m_dir->filePath(u"a/b/secrets.json"_s);
    FileSecretStore store(nested);
    QVERIFY2(store.write(u"k"_s, "v"), qPrintable(store.errorString()));
    QCOMPARE(modeOf(m_dir->filePath(u"a/b"_s)), mode_t(0700));
    QCOMPARE(modeOf(nested), mode_t(0600));
}

void tst_FileSecretStore::modeIsOwnerOnlyWhateverTheUmask_data()
{
    QTest::addColumn<int>("umask");
    QTest::addColumn<bool>("existingLooseFile");
    QTest::newRow("umask 000, new file") << 0 << false;
    QTest::newRow("umask 022, new file") << 022 << false;
    QTest::newRow("umask 000, existing 0666 file") << 0 << true;
}

void tst_FileSecretStore::modeIsOwnerOnlyWhateverTheUmask()
{
    QFETCH(int, umask);
    QFETCH(bool, existingLooseFile);
    const mode_t old = ::umask(mode_t(umask));
    if (existingLooseFile) {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version":1,"secrets":{}})");
        file.close();
        ::chmod(QFile::encodeName(path()).constData(), 0666);
    }
    FileSecretStore store(path());
    const bool written = store.write(u"k"_s, "v");
    ::umask(old);
    QVERIFY2(written, qPrintable(store.errorString()));
    QCOMPARE(modeOf(path()), mode_t(0600));
}

void tst_FileSecretStore::loosenedFileIsTightened()
{
    FileSecretStore store(path());
    QVERIFY(store.write(u"k"_s, "v"));
    QVERIFY(::chmod(QFile::encodeName(path()).constData(), 0644) == 0);
    QByteArray read;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"readable by others"_s));
    QCOMPARE(store.read(u"k"_s, &read), SecretStore::ReadStatus::Found);
    QCOMPARE(modeOf(path()), mode_t(0600));
}

void tst_FileSecretStore::damagedFileIsNeverOverwritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated") << QByteArray(R"({"version":1,"secrets":{"k":"dj)");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("secrets not an object") << QByteArray(R"({"secrets":[1,2]})");
    QTest::newRow("newer version") << QByteArray(R"({"version":7,"secrets":{}})");
}

void tst_FileSecretStore::damagedFileIsNeverOverwritten()
{
    QFETCH(QByteArray, content);
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    FileSecretStore store(path());
    QByteArray read;
    QCOMPARE(store.read(u"k"_s, &read), SecretStore::ReadStatus::Failed);
    QVERIFY(store.errorString().contains(u"secrets.json"_s));
    QVERIFY(!store.write(u"k"_s, "new"));
    QVERIFY(!store.remove(u"k"_s));
    QCOMPARE(readAll(path()), content);
}

void tst_FileSecretStore::damagedEntry()
{
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version":1,"secrets":{"bad":"%%%not base64%%%","num":5,"good":"dg=="}})");
    }
    FileSecretStore store(path());
    QByteArray read;
    QCOMPARE(store.read(u"bad"_s, &read), SecretStore::ReadStatus::Failed);
    QVERIFY(!store.errorString().contains(u"%%%"_s));
    QCOMPARE(store.read(u"num"_s, &read), SecretStore::ReadStatus::Failed);
    QCOMPARE(store.read(u"good"_s, &read), SecretStore::ReadStatus::Found);
    QCOMPARE(read, QByteArray("v"));
}

QTEST_GUILESS_MAIN(tst_FileSecretStore)
#include "tst_filesecretstore.moc"
