#include "desktop/autostart.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Linux/XDG behaviour, against a throw-away XDG_CONFIG_HOME.
class tst_Autostart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enableDisable();
    void execIsQuoted_data();
    void execIsQuoted();
    void appImageIsPreferred();

private:
    QTemporaryDir m_dir;
};

void tst_Autostart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.path().toUtf8());
    qunsetenv("APPIMAGE");
}

void tst_Autostart::enableDisable()
{
    Autostart autostart;
    QCOMPARE(Autostart::location(), m_dir.path() + QStringLiteral("/autostart/io.github.codexbridge.CodexBridge.desktop"));
    QVERIFY(!autostart.isEnabled());
    QVERIFY2(autostart.setEnabled(true), qPrintable(autostart.errorString()));
    QVERIFY(autostart.isEnabled());
    QFile file(Autostart::location());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("[Desktop Entry]\n"));
    QVERIFY(content.contains("Exec=\"" + QCoreApplication::applicationFilePath().toUtf8() + "\"\n"));
    QVERIFY(content.contains("X-GNOME-Autostart-enabled=true\n"));
    // Enabling twice is harmless; disabling removes the entry; disabling again is harmless.
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(autostart.setEnabled(false));
    QVERIFY(!QFile::exists(Autostart::location()));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(false));
}

void tst_Autostart::execIsQuoted_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QByteArray>("exec");
    QTest::newRow("plain") << QStringLiteral("/usr/bin/codex-bridge") << QByteArray("Exec=\"/usr/bin/codex-bridge\"\n");
    QTest::newRow("space") << QStringLiteral("/opt/My Apps/codex-bridge") << QByteArray("Exec=\"/opt/My Apps/codex-bridge\"\n");
    QTest::newRow("reserved") << QStringLiteral("/tmp/a\"b$c`d\\e") << QByteArray("Exec=\"/tmp/a\\\"b\\$c\\`d\\\\e\"\n");
}

void tst_Autostart::execIsQuoted()
{
    QFETCH(QString, program);
    QFETCH(QByteArray, exec);
    QVERIFY(Autostart::desktopEntry(program).contains(exec));
}

void tst_Autostart::appImageIsPreferred()
{
    // Started from an AppImage, the entry must start the AppImage, not the binary inside its temporary mount.
    const QString appImage = m_dir.filePath(QStringLiteral("Codex_Bridge.AppImage"));
    QFile file(appImage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("APPIMAGE", appImage.toUtf8());
    QCOMPARE(Autostart::program(), appImage);
    qunsetenv("APPIMAGE");
    QCOMPARE(Autostart::program(), QCoreApplication::applicationFilePath());
}

QTEST_GUILESS_MAIN(tst_Autostart)
#include "tst_autostart.moc"
