#include "tray/shellsetup.h"

#include <QProcess>
#include <QTest>

class tst_ShellSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportLines_data();
    void exportLines();
    void posixShellReadsTheValuesBack();
};

void tst_ShellSetup::exportLines_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("shell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("posix, no key: placeholder token")
        << QStringLiteral("http://127.0.0.1:8081/") << QString() << int(ShellSetup::Shell::Posix)
        << QStringLiteral("export ANTHROPIC_BASE_URL='http://127.0.0.1:8081'\n"
                          "export ANTHROPIC_AUTH_TOKEN='codex-bridge'\n"
                          "export OPENAI_BASE_URL='http://127.0.0.1:8081/v1'\n"
                          "export OPENAI_API_KEY='codex-bridge'\n");
    QTest::newRow("powershell with key")
        << QStringLiteral("http://127.0.0.1:9000") << QStringLiteral("k'ey") << int(ShellSetup::Shell::PowerShell)
        << QStringLiteral("$env:ANTHROPIC_BASE_URL = 'http://127.0.0.1:9000'\n"
                          "$env:ANTHROPIC_AUTH_TOKEN = 'k''ey'\n"
                          "$env:OPENAI_BASE_URL = 'http://127.0.0.1:9000/v1'\n"
                          "$env:OPENAI_API_KEY = 'k''ey'\n");
}

void tst_ShellSetup::exportLines()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(int, shell);
    QFETCH(QString, expected);
    QCOMPARE(ShellSetup::exportLines(url, key, ShellSetup::Shell(shell)), expected);
}

void tst_ShellSetup::posixShellReadsTheValuesBack()
{
    // A key with every character a shell treats specially must reach the environment unchanged.
    const QString key = QStringLiteral("a'b\"c$d`e\\f g;h");
    const QString script = ShellSetup::exportLines(QStringLiteral("http://[::1]:8081"), key, ShellSetup::Shell::Posix)
        + QStringLiteral("printf '%s|%s' \"$ANTHROPIC_AUTH_TOKEN\" \"$OPENAI_BASE_URL\"\n");
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), key + QStringLiteral("|http://[::1]:8081/v1"));
}

QTEST_APPLESS_MAIN(tst_ShellSetup)
#include "tst_shellsetup.moc"
