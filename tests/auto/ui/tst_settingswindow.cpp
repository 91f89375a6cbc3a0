#include "core/proxysettings.h"
#include "settings/settingswindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SettingsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsTheSettings();
    void validation_data();
    void validation();
    void saveWritesAndEmits();
    void aliasesRoundTrip();
    void languageIsSavedSeparately();
    void unparsableSettingsFileIsNotOverwritten();

private:
    template<typename T> T *child(SettingsWindow &window, const QString &name)
    {
        T *widget = window.findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    static QJsonObject readJson(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

QJsonObject tst_SettingsWindow::readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void tst_SettingsWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Start at login is read from (and written to) the XDG autostart folder: keep it in the temp dir.
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(u"xdg"_s).toUtf8());
}

void tst_SettingsWindow::showsTheSettings()
{
    ProxySettings settings;
    settings.port = 9123;
    settings.clientKey = u"secret-key"_s;
    settings.rotation = u"sticky"_s;
    settings.modelMapper.setFamilyTarget(ModelMapper::Family::Haiku, u"gpt-5.4-nano"_s);
    SettingsWindow window(settings, m_dir->path());
    QCOMPARE(child<QSpinBox>(window, u"port"_s)->value(), 9123);
    QCOMPARE(child<QComboBox>(window, u"host"_s)->currentText(), u"127.0.0.1"_s);
    QCOMPARE(child<QLineEdit>(window, u"clientKey"_s)->text(), u"secret-key"_s);
    QCOMPARE(child<QLineEdit>(window, u"clientKey"_s)->echoMode(), QLineEdit::PasswordEchoOnEdit);
    QCOMPARE(child<QComboBox>(window, u"rotation"_s)->currentData().toString(), u"sticky"_s);
    auto *table = child<QTableWidget>(window, u"modelMapping"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 1)->text(), u"gpt-5.4-nano"_s);
    QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsEditable)); // the family names are fixed
    QCOMPARE(window.enteredSettings().modelMapper, settings.modelMapper);
}

void tst_SettingsWindow::validation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("loopback without key") << u"127.0.0.1"_s << QString() << true;
    QTest::newRow("ipv6 loopback") << u"::1"_s << QString() << true;
    QTest::newRow("all interfaces without key") << u"0.0.0.0"_s << QString() << false;
    QTest::newRow("all interfaces with key") << u"0.0.0.0"_s << u"k"_s << true;
    QTest::newRow("empty host") << QString() << QString() << false;
}

void tst_SettingsWindow::validation()
{
    QFETCH(QString, host);
    QFETCH(QString, key);
    QFETCH(bool, valid);
    SettingsWindow window(ProxySettings(), m_dir->path());
    child<QComboBox>(window, u"host"_s)->setCurrentText(host);
    child<QLineEdit>(window, u"clientKey"_s)->setText(key);
    QCOMPARE(window.validationError().isEmpty(), valid);
    auto *buttons = window.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->button(QDialogButtonBox::Save)->isEnabled(), valid);
    QSignalSpy accepted(&window, &SettingsWindow::settingsAccepted);
    QCOMPARE(window.save(), valid);
    QCOMPARE(accepted.count(), valid ? 1 : 0);
    QCOMPARE(QFile::exists(m_dir->filePath(u"settings.json"_s)), valid);
}

void tst_SettingsWindow::saveWritesAndEmits()
{
    SettingsWindow window(ProxySettings(), m_dir->path());
    child<QSpinBox>(window, u"port"_s)->setValue(9555);
    child<QComboBox>(window, u"rotation"_s)->setCurrentIndex(2);
    child<QTableWidget>(window, u"modelMapping"_s)->item(0, 1)->setText(u"gpt-5.5-pro"_s);
    QSignalSpy accepted(&window, &SettingsWindow::settingsAccepted);
    QVERIFY(window.save());
    QCOMPARE(accepted.count(), 1);
    const auto emitted = accepted.first().first().value<ProxySettings>();
    QCOMPARE(emitted.port, quint16(9555));
    QCOMPARE(emitted.rotation, u"round-robin"_s);
    // What was written is what the proxy reads.
    ProxySettings reread;
    QVERIFY(reread.load(m_dir->path()));
    QCOMPARE(reread.port, quint16(9555));
    QCOMPARE(reread.rotation, u"round-robin"_s);
    QCOMPARE(reread.modelMapper.familyTarget(ModelMapper::Family::Opus), u"gpt-5.5-pro"_s);
}

void tst_SettingsWindow::aliasesRoundTrip()
{
    ProxySettings settings;
    settings.modelMapper.setAlias(u"fast"_s, u"gpt-5.4-mini"_s);
    SettingsWindow window(settings, m_dir->path());
    auto *table = child<QTableWidget>(window, u"modelMapping"_s);
    QCOMPARE(table->rowCount(), 4);
    child<QPushButton>(window, u"addAlias"_s)->click();
    QCOMPARE(table->rowCount(), 5);
    table->item(4, 0)->setText(u"deep"_s);
    QVERIFY(!window.validationError().isEmpty()); // an alias without a target
    table->item(4, 1)->setText(u"gpt-5.5"_s);
    QVERIFY(window.validationError().isEmpty());
    // The family rows cannot be removed, an alias can.
    table->setCurrentCell(0, 0);
    QVERIFY(!child<QPushButton>(window, u"removeAlias"_s)->isEnabled());
    table->setCurrentCell(3, 0);
    QVERIFY(child<QPushButton>(window, u"removeAlias"_s)->isEnabled());
    child<QPushButton>(window, u"removeAlias"_s)->click();
    const QHash<QString, QString> aliases = window.enteredSettings().modelMapper.aliases();
    QCOMPARE(aliases, (QHash<QString, QString>{{u"deep"_s, u"gpt-5.5"_s}}));
}

void tst_SettingsWindow::languageIsSavedSeparately()
{
    SettingsWindow window(ProxySettings(), m_dir->path());
    auto *language = child<QComboBox>(window, u"language"_s);
    QCOMPARE(language->currentData().toString(), QString()); // the system's by default
    QCOMPARE(language->count(), 7);
    language->setCurrentIndex(language->findData(u"de"_s));
    QSignalSpy chosen(&window, &SettingsWindow::languageChosen);
    QVERIFY(window.save());
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), u"de"_s);
    QCOMPARE(readJson(m_dir->filePath(u"ui.json"_s)).value(u"language"_s).toString(), u"de"_s);
    QVERIFY(!readJson(m_dir->filePath(u"settings.json"_s)).contains(u"language"_s));
    // Saving again without a change does not announce a language change.
    QVERIFY(window.save());
    QCOMPARE(chosen.count(), 1);
}

void tst_SettingsWindow::unparsableSettingsFileIsNotOverwritten()
{
    const QByteArray broken = "{ \"port\": 9000, oops";
    {
        QFile file(m_dir->filePath(u"settings.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(broken);
    }
    ProxySettings settings;
    QVERIFY(!settings.load(m_dir->path()));
    SettingsWindow window(settings, m_dir->path());
    child<QSpinBox>(window, u"port"_s)->setValue(9001);
    QSignalSpy accepted(&window, &SettingsWindow::settingsAccepted);
    QVERIFY(!window.save());
    QCOMPARE(accepted.count(), 0);
    QVERIFY(!child<QLabel>(window, u"message"_s)->text().isEmpty());
    QFile file(m_dir->filePath(u"settings.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

QTEST_MAIN(tst_SettingsWindow)
#include "tst_settingswindow.moc"
