// The settings window's Providers tab driven through its widgets against a real proxy (ProxyService on its
// thread, loopback) and the fake OpenAI-compatible provider (tests/fakes/fake-openai-server.mjs, which refuses
// /v1/models without the right API key). Runs under run-with-keyring.sh: the proxy keeps API keys in a real
// gnome-keyring in a private D-Bus session, so no file of the config dir and no log line may contain one.
#include "i18n/languageloader.h"
#include "nodefake.h"
#include "server/managementapi.h"
#include "server/proxyservice.h"
#include "settings/providerspage.h"
#include "settings/settingswindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
constexpr auto ApiKey = "sk-page-3c9e1f7a5b2d4e6f8a0b1c2d3e4f5a6b";
constexpr int Slow = 20000; // keychain writes and provider round trips

// Every log line of the run, from the UI and the proxy thread: none may contain the API key.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void collectLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    g_previousHandler(type, context, message);
}

// A loopback port nobody listens on.
quint16 deadPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}
} // namespace

class tst_ProvidersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void notRunning();
    void proxyDown();
    void wrongManagementKey();
    void startsEmpty();
    void testDraft_data();
    void testDraft();
    void addProvider();
    void addRefused_data();
    void addRefused();
    void testStored_data();
    void testStored();
    void routeHaiku_data();
    void routeHaiku();
    void removeProvider();
    void noKeyInLogs();
    void settingsWindowHasTheTab();

private:
    QLabel *status() const { return child<QLabel>(m_page.get(), u"providerStatus"_s); }
    QTreeWidget *list() const { return child<QTreeWidget>(m_page.get(), u"providerList"_s); }
    // Clears the status so the next message can be waited for.
    void clearStatus() const
    {
        status()->clear();
        status()->setProperty("failed", false);
    }
    void fillDraft(const QString &name, const QString &baseUrl, const QString &apiKey, const QString &models = {});
    QString expand(QString text) const;
    bool select(const QString &id) const;
    QJsonObject get(const QString &path);
    QByteArray file(const QString &name) const;

    QTemporaryDir m_dir;
    QProcess m_fake;
    QString m_fakeUrl;
    QString m_proxyUrl;
    QByteArray m_key;
    std::unique_ptr<ProxyService> m_service;
    std::unique_ptr<ProvidersPage> m_page;
    QNetworkAccessManager m_network;
};

void tst_ProvidersPage::initTestCase()
{
    if (qEnvironmentVariable("CODEXBRIDGE_KEYCHAIN_TEST") != u"keyring"_s)
        QSKIP("needs a throw-away keyring: run through ctest (run-with-keyring.sh), never against your own");
    g_previousHandler = qInstallMessageHandler(collectLog);
    // Every line the proxy and the UI can write is checked for the key, debug ones too.
    QLoggingCategory::setFilterRules(u"codexbridge.*.debug=true"_s);
    QVERIFY(m_dir.isValid());

    QString error;
    m_fakeUrl = startNodeFake(m_fake, u"fake-openai-server.mjs"_s, {u"--port"_s, u"0"_s}, &error);
    QVERIFY2(!m_fakeUrl.isEmpty(), qPrintable(error));
    {
        // From now on the fake's /v1/models answers only with this key.
        QNetworkRequest request(QUrl(m_fakeUrl + u"/__control/config"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = m_network.post(request, QJsonDocument(QJsonObject{{u"apiKey"_s, QString::fromLatin1(ApiKey)}}).toJson());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
    }

    qputenv("CODEX_BRIDGE_CONFIG_DIR", m_dir.path().toUtf8());
    qputenv("CLAUDE_CONFIG_DIR", m_dir.filePath(u"claude"_s).toUtf8());
    qunsetenv("CODEX_BRIDGE_SECRET_STORE"); // the keychain (the throw-away one of run-with-keyring.sh)
    qputenv("CODEX_BRIDGE_UPSTREAM_URL", u"http://127.0.0.1:%1/backend-api/codex"_s.arg(deadPort()).toUtf8());
    ProxySettings settings;
    settings.port = 0;
    m_service = std::make_unique<ProxyService>(settings);
    QSignalSpy started(m_service.get(), &ProxyService::started);
    m_service->start();
    QVERIFY(started.wait(15000));
    m_proxyUrl = started.first().first().toString();
    // The key the proxy itself reads (TrayController hands the same one to the settings window).
    m_key = ManagementApi::loadOrCreateKey(m_dir.path());
    QVERIFY(!m_key.isEmpty());

    m_page = std::make_unique<ProvidersPage>();
    m_page->setConnection(m_proxyUrl, m_key);
    m_page->resize(640, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_ProvidersPage::cleanupTestCase()
{
    m_page.reset();
    if (m_service)
        m_service->stop();
    m_service.reset();
    if (m_fake.state() != QProcess::NotRunning) {
        m_fake.kill();
        m_fake.waitForFinished();
    }
    if (g_previousHandler)
        qInstallMessageHandler(g_previousHandler);
}

void tst_ProvidersPage::fillDraft(const QString &name, const QString &baseUrl, const QString &apiKey, const QString &models)
{
    child<QLineEdit>(m_page.get(), u"providerName"_s)->setText(name);
    child<QLineEdit>(m_page.get(), u"providerBaseUrl"_s)->setText(baseUrl);
    child<QLineEdit>(m_page.get(), u"providerApiKey"_s)->setText(apiKey);
    child<QLineEdit>(m_page.get(), u"providerModels"_s)->setText(models);
}

// {fake}: the fake provider's /v1 URL; {dead}: a loopback URL nobody listens on; {key}: the right API key.
QString tst_ProvidersPage::expand(QString text) const
{
    text.replace(u"{fake}"_s, m_fakeUrl + u"/v1"_s);
    text.replace(u"{dead}"_s, u"http://127.0.0.1:%1/v1"_s.arg(deadPort()));
    text.replace(u"{key}"_s, QString::fromLatin1(ApiKey));
    return text;
}

bool tst_ProvidersPage::select(const QString &id) const
{
    for (int row = 0; row < list()->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = list()->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toString() == id) {
            list()->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QJsonObject tst_ProvidersPage::get(const QString &path)
{
    QNetworkRequest request(QUrl(m_proxyUrl + path));
    request.setRawHeader("X-Codex-Bridge-Key", m_key);
    QNetworkReply *reply = m_network.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        qWarning("GET %s timed out", qPrintable(path));
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

QByteArray tst_ProvidersPage::file(const QString &name) const
{
    QFile f(m_dir.filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void tst_ProvidersPage::notRunning()
{
    ProvidersPage page;
    page.show();
    auto *label = child<QLabel>(&page, u"providerStatus"_s);
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(u"not running"_s), qPrintable(label->text()));
    QCOMPARE(label->property("failed").toBool(), true);
    child<QLineEdit>(&page, u"providerName"_s)->setText(u"Local"_s);
    child<QLineEdit>(&page, u"providerBaseUrl"_s)->setText(u"http://127.0.0.1:11434/v1"_s);
    QVERIFY(!child<QPushButton>(&page, u"addProvider"_s)->isEnabled());
}

void tst_ProvidersPage::proxyDown()
{
    ProvidersPage page;
    const QString url = u"http://127.0.0.1:%1"_s.arg(deadPort());
    page.setConnection(url, m_key);
    page.show();
    auto *label = child<QLabel>(&page, u"providerStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 10000);
    QVERIFY2(label->text().contains(u"does not answer"_s) && label->text().contains(url), qPrintable(label->text()));
    QCOMPARE(label->property("failed").toBool(), true);
    // Not stuck: the page takes input again.
    child<QLineEdit>(&page, u"providerName"_s)->setText(u"Local"_s);
    child<QLineEdit>(&page, u"providerBaseUrl"_s)->setText(u"http://127.0.0.1:11434/v1"_s);
    QVERIFY(child<QPushButton>(&page, u"addProvider"_s)->isEnabled());
}

void tst_ProvidersPage::wrongManagementKey()
{
    ProvidersPage page;
    page.setConnection(m_proxyUrl, "not-the-management-key-not-the-management-key");
    page.show();
    auto *label = child<QLabel>(&page, u"providerStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 10000);
    // The proxy's own words (its JSON error), not a status code.
    QVERIFY2(label->text().contains(u"management key is wrong"_s), qPrintable(label->text()));
}

void tst_ProvidersPage::startsEmpty()
{
    // Add is enabled for a draft once the page is idle, i.e. the first load has been answered.
    fillDraft(u"Local"_s, u"http://127.0.0.1:11434/v1"_s, QString());
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_page.get(), u"addProvider"_s)->isEnabled(), 10000);
    fillDraft(QString(), QString(), QString());
    QVERIFY2(status()->text().isEmpty(), qPrintable(status()->text()));
    QCOMPARE(list()->topLevelItemCount(), 0);
    auto *haiku = child<QComboBox>(m_page.get(), u"haikuTarget"_s);
    QCOMPARE(haiku->count(), 1); // only the ChatGPT subscription
    QCOMPARE(haiku->currentData().toString(), QString());
    QVERIFY(!haiku->isEnabled());
    QCOMPARE(child<QLineEdit>(m_page.get(), u"providerApiKey"_s)->echoMode(), QLineEdit::Password);
}

void tst_ProvidersPage::testDraft_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<bool>("success");
    QTest::addColumn<QString>("expected");
    QTest::newRow("right key") << u"{fake}"_s << u"{key}"_s << true << u"Draft answers: 2 models."_s;
    QTest::newRow("wrong key") << u"{fake}"_s << u"sk-wrong"_s << false
                               << u"Draft answered with HTTP status 401: Incorrect API key provided"_s;
    QTest::newRow("nothing listens") << u"{dead}"_s << u"{key}"_s << false << u"Draft did not answer: "_s;
    QTest::newRow("not a URL") << u"ftp://example.org/v1"_s << QString() << false << u"must be an http(s) URL"_s;
}

void tst_ProvidersPage::testDraft()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, apiKey);
    QFETCH(bool, success);
    QFETCH(QString, expected);
    fillDraft(u"Draft"_s, expand(baseUrl), expand(apiKey));
    auto *button = child<QPushButton>(m_page.get(), u"testDraft"_s);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
    clearStatus();
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(!status()->text().isEmpty(), Slow);
    QVERIFY2(status()->text().contains(expected), qPrintable(status()->text()));
    QCOMPARE(status()->property("failed").toBool(), !success);
    // The models a successful test found are filled in; nothing was stored.
    QCOMPARE(child<QLineEdit>(m_page.get(), u"providerModels"_s)->text(),
             success ? u"fake-small, fake-large"_s : QString());
    QVERIFY(!QFile::exists(m_dir.filePath(u"providers.json"_s)));
    QCOMPARE(list()->topLevelItemCount(), 0);
}

void tst_ProvidersPage::addProvider()
{
    fillDraft(u"Fake Provider"_s, expand(u"{fake}"_s), QString::fromLatin1(ApiKey));
    auto *add = child<QPushButton>(m_page.get(), u"addProvider"_s);
    QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), Slow);
    clearStatus();
    add->click();
    // Added, then tested: the fake lists its models only for the key, so the proxy has it and sends it.
    QTRY_VERIFY_WITH_TIMEOUT(status()->text().contains(u"answers"_s) || status()->property("failed").toBool(), Slow);
    QCOMPARE(status()->text(), u"Fake Provider answers: 2 models."_s);
    QCOMPARE(list()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = list()->topLevelItem(0);
    QCOMPARE(item->text(0), u"Fake Provider"_s);
    QCOMPARE(item->data(0, Qt::UserRole).toString(), u"fake-provider"_s);
    QCOMPARE(item->text(1), m_fakeUrl + u"/v1"_s);
    QCOMPARE(item->text(3), u"in the keychain"_s);
    // The successful test stored the model list; the page reloads it.
    QTRY_COMPARE_WITH_TIMEOUT(list()->topLevelItem(0)->text(2), u"fake-small, fake-large"_s, 10000);
    // The key field is write-only: cleared once sent.
    QVERIFY(child<QLineEdit>(m_page.get(), u"providerApiKey"_s)->text().isEmpty());

    const QJsonObject stored = QJsonDocument::fromJson(file(u"providers.json"_s)).object();
    const QJsonObject provider = stored.value(u"providers"_s).toArray().first().toObject();
    QCOMPARE(provider.value(u"id"_s).toString(), u"fake-provider"_s);
    QCOMPARE(provider.value(u"baseUrl"_s).toString(), m_fakeUrl + u"/v1"_s);
    QCOMPARE(provider.value(u"models"_s).toArray(), (QJsonArray{u"fake-small"_s, u"fake-large"_s}));
    QCOMPARE(get(u"/settings/providers"_s).value(u"providers"_s).toArray().first().toObject().value(u"hasApiKey"_s).toBool(), true);
    // The key is in the keychain, in no file of the config dir.
    int files = 0;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(ApiKey), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files >= 2); // providers.json and management.key at least
}

void tst_ProvidersPage::addRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same name again") << u"Fake Provider"_s << u"{fake}"_s
                                     << u"Fake Provider was not added: A provider \"fake-provider\" exists already"_s;
    QTest::newRow("not a URL") << u"Broken"_s << u"not a url"_s << u"Broken was not added: The base URL"_s;
}

void tst_ProvidersPage::addRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, baseUrl);
    QFETCH(QString, expected);
    fillDraft(name, expand(baseUrl), QString());
    auto *add = child<QPushButton>(m_page.get(), u"addProvider"_s);
    QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), Slow);
    clearStatus();
    add->click();
    QTRY_VERIFY_WITH_TIMEOUT(!status()->text().isEmpty(), Slow);
    QVERIFY2(status()->text().startsWith(expected), qPrintable(status()->text()));
    QCOMPARE(status()->property("failed").toBool(), true);
    // The draft stays for a correction; nothing changed.
    QCOMPARE(child<QLineEdit>(m_page.get(), u"providerName"_s)->text(), name);
    QCOMPARE(list()->topLevelItemCount(), 1);
    QCOMPARE(get(u"/settings/providers"_s).value(u"providers"_s).toArray().size(), 1);
}

void tst_ProvidersPage::testStored_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("success");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reachable") << u"Fake Provider"_s << u"{fake}"_s << true << u"Fake Provider answers: 2 models."_s;
    QTest::newRow("nobody listens") << u"Dead End"_s << u"{dead}"_s << false << u"Dead End did not answer: "_s;
}

void tst_ProvidersPage::testStored()
{
    QFETCH(QString, name);
    QFETCH(QString, baseUrl);
    QFETCH(bool, success);
    QFETCH(QString, expected);
    const QString id = name.toLower().replace(u' ', u'-');
    if (!select(id)) {
        fillDraft(name, expand(baseUrl), QString());
        const int before = list()->topLevelItemCount();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_page.get(), u"addProvider"_s)->isEnabled(), Slow);
        child<QPushButton>(m_page.get(), u"addProvider"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(list()->topLevelItemCount(), before + 1, Slow);
        QVERIFY(select(id));
    }
    auto *test = child<QPushButton>(m_page.get(), u"testProvider"_s);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), Slow);
    clearStatus();
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(!status()->text().isEmpty(), Slow);
    QVERIFY2(status()->text().startsWith(expected), qPrintable(status()->text()));
    QCOMPARE(status()->property("failed").toBool(), !success);
    if (!success)
        QVERIFY(status()->text().size() > expected.size()); // and the reason
}

void tst_ProvidersPage::routeHaiku_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("routed");
    QTest::newRow("provider model") << u"fake-provider/fake-large"_s << true;
    QTest::newRow("back to ChatGPT") << QString() << false;
    QTest::newRow("another model") << u"fake-provider/fake-small"_s << true;
}

void tst_ProvidersPage::routeHaiku()
{
    QFETCH(QString, target);
    QFETCH(bool, routed);
    auto *haiku = child<QComboBox>(m_page.get(), u"haikuTarget"_s);
    QTRY_VERIFY_WITH_TIMEOUT(haiku->isEnabled(), Slow);
    QCOMPARE(haiku->count(), 3); // ChatGPT and the fake's two models (the dead provider has none)
    const int index = haiku->findData(target);
    QVERIFY(index >= 0);
    QVERIFY(index != haiku->currentIndex());
    clearStatus();
    haiku->setCurrentIndex(index);
    QTRY_VERIFY_WITH_TIMEOUT(!status()->text().isEmpty(), Slow);
    QVERIFY2(status()->text().contains(u"Claude Haiku requests now go to"_s), qPrintable(status()->text()));
    QCOMPARE(status()->property("failed").toBool(), false);
    QCOMPARE(haiku->currentData().toString(), target);

    const QJsonObject state = get(u"/settings/haiku-model"_s);
    QCOMPARE(state.value(u"routeHaiku"_s).toBool(), routed);
    if (routed) {
        QCOMPARE(state.value(u"haikuKiloModel"_s).toString(), target);
        QCOMPARE(state.value(u"kiloEnabled"_s).toBool(), true);
    }
    const QJsonObject stored = QJsonDocument::fromJson(file(u"providers.json"_s)).object();
    QCOMPARE(stored.value(u"routeHaiku"_s).toBool(), routed);
    if (routed)
        QCOMPARE(stored.value(u"haikuModel"_s).toString(), target);
}

void tst_ProvidersPage::removeProvider()
{
    QVERIFY(select(u"fake-provider"_s));
    auto *remove = child<QPushButton>(m_page.get(), u"removeProvider"_s);
    QTRY_VERIFY_WITH_TIMEOUT(remove->isEnabled(), Slow);

    // Cancel keeps it.
    remove->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(u"confirmRemove"_s)) && box->isVisible());
    QVERIFY(box->text().contains(u"Fake Provider"_s));
    QPointer<QMessageBox> closing(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!closing);
    QCOMPARE(list()->topLevelItemCount(), 2);

    // Remove removes it, its key, and the Haiku route that named it.
    QVERIFY(select(u"fake-provider"_s));
    clearStatus();
    remove->click();
    QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(u"confirmRemove"_s)) && box->isVisible());
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!status()->text().isEmpty(), Slow);
    QCOMPARE(status()->text(), u"Fake Provider was removed."_s);
    QCOMPARE(list()->topLevelItemCount(), 1);
    QCOMPARE(list()->topLevelItem(0)->data(0, Qt::UserRole).toString(), u"dead-end"_s);
    QVERIFY(!file(u"providers.json"_s).contains("fake-provider"));
    const QJsonArray providers = get(u"/settings/providers"_s).value(u"providers"_s).toArray();
    QCOMPARE(providers.size(), 1);
    QCOMPARE(get(u"/settings/haiku-model"_s).value(u"kiloEnabled"_s).toBool(true), false);
    auto *haiku = child<QComboBox>(m_page.get(), u"haikuTarget"_s);
    QCOMPARE(haiku->currentData().toString(), QString());
    QCOMPARE(haiku->count(), 1);
}

void tst_ProvidersPage::noKeyInLogs()
{
    const QMutexLocker lock(&g_logMutex);
    // The handler saw the proxy thread's lines too.
    QVERIFY(std::any_of(g_log.cbegin(), g_log.cend(),
                        [](const QString &line) { return line.contains(u"added provider fake-provider"_s); }));
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(QLatin1String(ApiKey)), qPrintable(line));
}

void tst_ProvidersPage::settingsWindowHasTheTab()
{
    SettingsWindow window(ProxySettings(), m_dir.path());
    window.setProxyConnection(m_proxyUrl, m_key);
    auto *tabs = child<QTabWidget>(&window, u"settingsTabs"_s);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), u"Providers"_s);
    auto *page = qobject_cast<ProvidersPage *>(tabs->widget(1));
    QVERIFY(page);
    window.show();
    tabs->setCurrentIndex(1);
    // Shown: it loads what the proxy has.
    auto *providers = child<QTreeWidget>(page, u"providerList"_s);
    QTRY_COMPARE_WITH_TIMEOUT(providers->topLevelItemCount(), 1, 10000);
    QCOMPARE(providers->topLevelItem(0)->text(0), u"Dead End"_s);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // English as a user gets it (plural forms come from the English translation file).
    LanguageLoader language;
    language.apply(u"en"_s);
    tst_ProvidersPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_providerspage.moc"
