// The tray on a real X server with a real tray host (run-with-tray.sh: Xvfb + trayer), driving a real proxy
// (ProxyService on its thread) against the fake Codex backend. Saves screenshots of the menu and the windows to
// build/test-artifacts/.
#include "auth/accountstore.h"
#include "auth/filesecretstore.h"
#include "dashboard/dashboardprocess.h"
#include "i18n/languageloader.h"
#include "nodefake.h"
#include "server/managementapi.h"
#include "server/proxyservice.h"
#include "tray/traycontroller.h"
#include "tray/trayiconpainter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
QByteArray unsignedJwt(const QJsonObject &payload)
{
    const auto b64 = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return b64("{\"alg\":\"none\"}") + '.' + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + ".sig";
}

QWidget *topLevel(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == objectName && widget->isVisible())
            return widget;
    }
    return nullptr;
}

// The window as the X server shows it (real fonts, style and decorations of the content).
bool saveScreenshot(QWidget *window, const QString &name)
{
    const QString dir = QStringLiteral(CODEXBRIDGE_ARTIFACTS_DIR);
    QDir().mkpath(dir);
    QScreen *screen = window->screen();
    const QRect frame = window->frameGeometry();
    QPixmap shot = screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    if (shot.isNull())
        shot = window->grab();
    return shot.save(QDir(dir).filePath(name));
}

// The shared objects a process has mapped (Linux).
QByteArray mapsOf(qint64 pid)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
}

// This process's children running the dashboard program (the node fake is a child too).
QList<qint64> dashboardChildren()
{
    QList<qint64> children;
    const QString self = QString::number(QCoreApplication::applicationPid());
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(u"/proc/"_s + entry + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.value(1) == self.toLatin1()
            && QFileInfo(u"/proc/"_s + entry + u"/exe"_s).symLinkTarget().endsWith(u"/codex-bridge-dashboard"_s))
            children.append(entry.toLongLong());
    }
    return children;
}

int distinctColors(const QImage &image)
{
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colors.insert(image.pixel(x, y));
    return int(colors.size());
}
} // namespace

// Stands in for the user's browser (QDesktopServices hands it the http URLs it would open).
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class tst_TrayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void trayIconIsEmbedded();
    void menuHasEverything();
    void menuScreenshot();
    void switchAccountFromMenu();
    void signInNeededIsNotified();
    void copyShellSetup();
    void claudeCodeToggle();
    void settingsWindowScreenshot();
    void dashboardWindow();
    void dashboardFallsBackToTheBrowser();
    void quitFromMenu();

private:
    // The menu's own entries (the account entries are rebuilt on every change, so look them up each time).
    QAction *action(const QString &name) const
    {
        for (QAction *a : m_tray->menu()->actions()) {
            if (a->objectName() == name)
                return a;
        }
        return nullptr;
    }
    QJsonObject accountsFile() const;
    void postJson(const QUrl &url, const QJsonObject &body);

    QTemporaryDir m_dir;
    QProcess m_fake;
    QString m_fakeUrl;
    std::unique_ptr<ProxyService> m_service;
    std::unique_ptr<TrayController> m_tray;
};

QJsonObject tst_TrayController::accountsFile() const
{
    QFile file(m_dir.filePath(u"accounts.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void tst_TrayController::postJson(const QUrl &url, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
}

void tst_TrayController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_fakeUrl = startNodeFake(m_fake, u"fake-codex-backend.mjs"_s,
                              {u"--port"_s, u"0"_s, u"--fixtures"_s, QStringLiteral(CODEXBRIDGE_SHARED_DIR "/fixtures")},
                              &error);
    QVERIFY2(!m_fakeUrl.isEmpty(), qPrintable(error));
    postJson(QUrl(m_fakeUrl + u"/__control/config"_s),
             {{u"quota"_s, QJsonObject{{u"primaryUsedPercent"_s, 42}, {u"secondaryUsedPercent"_s, 13},
                                       {u"primaryResetAfter"_s, 2 * 3600 + 13 * 60}}}});

    qputenv("CODEX_BRIDGE_CONFIG_DIR", m_dir.path().toUtf8());
    qputenv("CLAUDE_CONFIG_DIR", m_dir.filePath(u"claude"_s).toUtf8());
    qputenv("CODEX_BRIDGE_SECRET_STORE", "file");
    qputenv("CODEX_BRIDGE_UPSTREAM_URL", (m_fakeUrl + u"/backend-api/codex"_s).toUtf8());
    {
        AccountStore seed(m_dir.path(), std::make_unique<FileSecretStore>(m_dir.filePath(FileSecretStore::defaultFileName())));
        QVERIFY(seed.load());
        for (const auto &[email, id, plan] : {std::tuple{u"ada@example.com"_s, u"acc-ada"_s, u"plus"_s},
                                              std::tuple{u"bob@example.com"_s, u"acc-bob"_s, u"pro"_s}}) {
            Account account;
            account.email = email;
            account.accountId = id;
            account.planType = plan;
            const QString access = QString::fromLatin1(unsignedJwt(
                {{u"exp"_s, QDateTime::currentSecsSinceEpoch() + 3600},
                 {u"https://api.openai.com/auth"_s, QJsonObject{{u"chatgpt_account_id"_s, id}}}}));
            QVERIFY(seed.addOrUpdate(account, AccountTokens(QString(), access, u"rt-"_s + id)));
        }
        QVERIFY(seed.setActive(u"acc-ada"_s));
    }

    ProxySettings settings;
    settings.port = 0;
    m_service = std::make_unique<ProxyService>(settings);
    m_tray = std::make_unique<TrayController>(m_service.get(), settings, m_dir.path());
    m_tray->show();
    m_service->start();
    QTRY_VERIFY_WITH_TIMEOUT(!m_tray->proxyUrl().isEmpty(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_tray->accounts().size(), 2, 15000);
    // The active account's quota comes from the fake backend's /wham/usage.
    QTRY_VERIFY_WITH_TIMEOUT(m_tray->accounts().at(0).quota.has_value(), 15000);
}

void tst_TrayController::cleanupTestCase()
{
    m_tray.reset();
    if (m_service)
        m_service->stop();
    m_service.reset();
    m_fake.kill();
    m_fake.waitForFinished();
}

void tst_TrayController::trayIconIsEmbedded()
{
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
    QVERIFY(m_tray->trayIcon()->isVisible());
    // The icon window was embedded into trayer: it has a place on the screen.
    QTRY_VERIFY_WITH_TIMEOUT(m_tray->trayIcon()->geometry().isValid(), 10000);
    QVERIFY(m_tray->trayIcon()->geometry().width() > 0);
    QCOMPARE(m_tray->state(), TrayStatus::State::Running);
    const QString tip = m_tray->trayIcon()->toolTip();
    QVERIFY2(tip.contains(u"ada@example.com (Plus)"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"5-hour: 42 % used"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Weekly: 13 % used"_s), qPrintable(tip));

    // Every state's icon, side by side, for the record.
    QImage sheet(7 * 40, 40, QImage::Format_ARGB32);
    sheet.fill(QColor(0x30, 0x30, 0x30));
    QPainter painter(&sheet);
    int x = 4;
    for (const auto state : {TrayStatus::State::Running, TrayStatus::State::QuotaLow, TrayStatus::State::Exhausted,
                             TrayStatus::State::NoAccount, TrayStatus::State::SignInNeeded, TrayStatus::State::Starting,
                             TrayStatus::State::Error}) {
        painter.drawPixmap(x, 4, TrayIconPainter::pixmap(state, 32));
        x += 40;
    }
    painter.end();
    QDir().mkpath(QStringLiteral(CODEXBRIDGE_ARTIFACTS_DIR));
    QVERIFY(sheet.save(QStringLiteral(CODEXBRIDGE_ARTIFACTS_DIR "/tray-icons.png")));
}

void tst_TrayController::menuHasEverything()
{
    QMenu *menu = m_tray->menu();
    const QStringList expected{u"status"_s,        u"account:acc-ada"_s, u"account:acc-bob"_s, u"quota"_s,
                               u"addAccount"_s,    u"claudeCode"_s,      u"copyShellSetup"_s,  u"openDashboard"_s,
                               u"settings"_s,      u"startAtLogin"_s,    u"about"_s,           u"quit"_s};
    QStringList shown;
    for (QAction *a : menu->actions()) {
        if (a->isVisible() && !a->isSeparator())
            shown << a->objectName();
    }
    QVERIFY2(shown == expected, qPrintable(shown.join(u", "_s)));
    // The accounts have a titled section (a separator with text, which styles draw as a heading).
    QVERIFY(action(u"accountsHeader"_s)->isVisible());
    QCOMPARE(action(u"accountsHeader"_s)->text(), u"Accounts"_s);
    QVERIFY2(action(u"status"_s)->text().startsWith(u"Listening on http://127.0.0.1:"_s), qPrintable(action(u"status"_s)->text()));
    QVERIFY(action(u"status"_s)->text().contains(u"0 requests today"_s));
    QCOMPARE(action(u"addAccount"_s)->text(), u"Add ChatGPT account…"_s);
    QVERIFY(action(u"claudeCode"_s)->isCheckable());
    QVERIFY(action(u"startAtLogin"_s)->isCheckable());
    QVERIFY(action(u"account:acc-ada"_s)->isChecked());
    QVERIFY(!action(u"account:acc-bob"_s)->isChecked());
    QCOMPARE(action(u"account:acc-ada"_s)->text(), u"ada@example.com — Plus · 5 h 42 % · week 13 %"_s);
    // The quota bars, and their text for menus that cannot show widgets.
    QVERIFY2(action(u"quota"_s)->text().contains(u"5-hour: 42 % · resets in 2 h 1"_s), qPrintable(action(u"quota"_s)->text()));
}

void tst_TrayController::menuScreenshot()
{
    QMenu *menu = m_tray->menu();
    QSignalSpy shown(menu, &QMenu::aboutToShow);
    menu->popup(QPoint(860, 40));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QCOMPARE(shown.count(), 1);
    QTest::qWait(300); // the quota refresh asked for on opening may repaint the bars
    const QString path = QStringLiteral(CODEXBRIDGE_ARTIFACTS_DIR "/tray-menu.png");
    QVERIFY(saveScreenshot(menu, u"tray-menu.png"_s));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY2(distinctColors(image) > 20, "the menu screenshot is blank");
    menu->hide();
}

void tst_TrayController::switchAccountFromMenu()
{
    QCOMPARE(accountsFile().value(u"activeAccount"_s).toString(), u"acc-ada"_s);
    QVERIFY(action(u"account:acc-bob"_s));
    action(u"account:acc-bob"_s)->trigger();
    // Written by the proxy thread's AccountStore, then reported back to the menu.
    QTRY_COMPARE_WITH_TIMEOUT(accountsFile().value(u"activeAccount"_s).toString(), u"acc-bob"_s, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(action(u"account:acc-bob"_s) && action(u"account:acc-bob"_s)->isChecked(), 10000);
    QVERIFY(!action(u"account:acc-ada"_s)->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(m_tray->trayIcon()->toolTip().contains(u"bob@example.com (Pro)"_s), 10000);
}

void tst_TrayController::signInNeededIsNotified()
{
    QSignalSpy notified(m_tray.get(), &TrayController::notified);
    {
        // Another process (the CLI) marks the account: the proxy's store reloads the file and the tray tells the user.
        AccountStore other(m_dir.path(), std::make_unique<FileSecretStore>(m_dir.filePath(FileSecretStore::defaultFileName())));
        QVERIFY(other.load());
        QVERIFY(other.setStatus(u"acc-bob"_s, Account::Status::SignInNeeded));
    }
    QTRY_VERIFY_WITH_TIMEOUT(notified.count() >= 1, 10000);
    QCOMPARE(notified.first().at(0).toString(), u"Sign-in needed"_s);
    QVERIFY(notified.first().at(1).toString().contains(u"bob@example.com"_s));
    QTRY_COMPARE(m_tray->state(), TrayStatus::State::SignInNeeded);
    QVERIFY(action(u"account:acc-bob"_s)->text().contains(u"sign-in needed"_s));
}

void tst_TrayController::copyShellSetup()
{
    action(u"copyShellSetup"_s)->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(u"export ANTHROPIC_BASE_URL='"_s + m_tray->proxyUrl() + u"'\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"export OPENAI_BASE_URL='"_s + m_tray->proxyUrl() + u"/v1'\n"_s));
}

void tst_TrayController::claudeCodeToggle()
{
    const QString path = m_dir.filePath(u"claude/settings.json"_s);
    QVERIFY(!QFile::exists(path));
    QAction *toggle = action(u"claudeCode"_s);
    QVERIFY(!toggle->isChecked());
    toggle->trigger(); // on
    QVERIFY(toggle->isChecked());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject env = QJsonDocument::fromJson(file.readAll()).object().value(u"env"_s).toObject();
    file.close();
    QCOMPARE(env.value(u"ANTHROPIC_BASE_URL"_s).toString(), m_tray->proxyUrl());
    QVERIFY(!env.value(u"ANTHROPIC_AUTH_TOKEN"_s).toString().isEmpty());
    toggle->trigger(); // off: the file did not exist before, so it is gone again
    QVERIFY(!toggle->isChecked());
    QVERIFY(!QFile::exists(path));

    // Edited by hand: the toggle follows the file.
    {
        QFile handEdited(path);
        QVERIFY(handEdited.open(QIODevice::WriteOnly));
        handEdited.write(QJsonDocument(QJsonObject{{u"env"_s, QJsonObject{{u"ANTHROPIC_BASE_URL"_s, m_tray->proxyUrl()},
                                                                        {u"ANTHROPIC_AUTH_TOKEN"_s, u"codex-bridge"_s}}}})
                             .toJson());
    }
    QTRY_VERIFY_WITH_TIMEOUT(toggle->isChecked(), 5000);
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY_WITH_TIMEOUT(!toggle->isChecked(), 5000);

    // A file that is not JSON is never overwritten.
    {
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
    }
    QTRY_VERIFY_WITH_TIMEOUT(toggle->text().contains(u"unreadable"_s), 5000);
    QFile::remove(path);
}

void tst_TrayController::settingsWindowScreenshot()
{
    action(u"settings"_s)->trigger();
    QWidget *window = topLevel(u"settingsWindow"_s);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // Opening again reuses the window.
    action(u"settings"_s)->trigger();
    int count = 0;
    for (QWidget *widget : QApplication::topLevelWidgets())
        count += widget->objectName() == u"settingsWindow"_s ? 1 : 0;
    QCOMPARE(count, 1);
    QTest::qWait(200);
    QVERIFY(saveScreenshot(window, u"settings-window.png"_s));
    QVERIFY(distinctColors(QImage(QStringLiteral(CODEXBRIDGE_ARTIFACTS_DIR "/settings-window.png"))) > 20);

    // The Providers tab reaches the running proxy with the management key the tray handed it.
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_tray->proxyUrl() + u"/settings/providers"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("X-Codex-Bridge-Key", ManagementApi::loadOrCreateKey(m_dir.path()));
        const QJsonObject provider{{u"name"_s, u"Local Ollama"_s}, {u"baseUrl"_s, u"http://127.0.0.1:11434/v1"_s},
                                   {u"models"_s, QJsonArray{u"qwen3:8b"_s, u"gemma3:4b"_s}}};
        QNetworkReply *reply = network.post(request, QJsonDocument(QJsonObject{{u"action"_s, u"add"_s},
                                                                              {u"provider"_s, provider}}).toJson());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    auto *tabs = window->findChild<QTabWidget *>(u"settingsTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(1), u"Providers"_s);
    tabs->setCurrentIndex(1);
    auto *providers = window->findChild<QTreeWidget *>(u"providerList"_s);
    QVERIFY(providers);
    QTRY_COMPARE_WITH_TIMEOUT(providers->topLevelItemCount(), 1, 10000);
    QCOMPARE(providers->topLevelItem(0)->text(0), u"Local Ollama"_s);
    QVERIFY(!window->findChild<QLabel *>(u"providerStatus"_s)->isVisible()); // no error
    QTest::qWait(200);
    QVERIFY(saveScreenshot(window, u"settings-providers.png"_s));
    tabs->setCurrentIndex(0);
    window->close();
}

void tst_TrayController::dashboardWindow()
{
#if !defined(CODEXBRIDGE_HAVE_WEBENGINE)
    QSKIP("Built without Qt WebEngine: the dashboard opens in the browser.");
#else
    DashboardProcess *dashboard = m_tray->dashboard();
    QSignalSpy shown(dashboard, &DashboardProcess::windowShown);
    QVERIFY(!dashboard->isRunning());
    QVERIFY(dashboardChildren().isEmpty());
    action(u"openDashboard"_s)->trigger();
    QVERIFY(dashboard->isRunning());
    const qint64 pid = dashboard->processId();
    QVERIFY(pid > 0);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
    // The page served by the proxy itself, at its root, loaded in the window process.
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->isLoaded(), 30000);
    QCOMPARE(dashboardChildren(), QList<qint64>{pid});
    // The address travels over the socket, not on the command line (which every user sees in ps).
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    QVERIFY(!cmdline.readAll().contains("127.0.0.1"));
    // Qt WebEngine runs in the window's process, not in the tray's.
    QVERIFY(mapsOf(pid).contains("libQt6WebEngineCore"));
    QVERIFY(!mapsOf(QCoreApplication::applicationPid()).contains("libQt6WebEngineCore"));

    QTest::qWait(1500); // the page fills itself from the API after loading
    const QString dir = QStringLiteral(CODEXBRIDGE_ARTIFACTS_DIR);
    QDir().mkpath(dir);
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(dashboard->windowId());
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 800);
    QVERIFY(shot.save(QDir(dir).filePath(u"dashboard-window.png"_s)));
    QVERIFY(distinctColors(shot.toImage()) > 20);

    // The proxy moved (another port in the real case): the window loads the new address.
    QSignalSpy loaded(dashboard, &DashboardProcess::loadFinished);
    dashboard->setUrl(QUrl(m_tray->proxyUrl() + u"/?moved=1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
    QCOMPARE(loaded.last().at(0).toBool(), true);

    // Opening again brings the same window forward: still one process.
    action(u"openDashboard"_s)->trigger();
    QTest::qWait(500);
    QCOMPARE(dashboard->processId(), pid);
    QCOMPARE(dashboardChildren(), QList<qint64>{pid});

    // What the tray does when it quits: the window process ends (and is reaped).
    dashboard->stop();
    QVERIFY(!dashboard->isRunning());
    QVERIFY(dashboardChildren().isEmpty());
    QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
#endif
}

void tst_TrayController::dashboardFallsBackToTheBrowser()
{
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");
#if defined(CODEXBRIDGE_HAVE_WEBENGINE)
    // A window program that cannot be started.
    const QByteArray program = qgetenv(DashboardProcess::ProgramVariable);
    qputenv(DashboardProcess::ProgramVariable, m_dir.filePath(u"no-such-dashboard"_s).toUtf8());
#endif
    action(u"openDashboard"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(browser.urls, QList<QUrl>{QUrl(m_tray->proxyUrl() + u"/"_s)}, 10000);
    QVERIFY(!m_tray->dashboard()->isRunning());
    QVERIFY(dashboardChildren().isEmpty());
#if defined(CODEXBRIDGE_HAVE_WEBENGINE)
    qputenv(DashboardProcess::ProgramVariable, program);
#endif
    QDesktopServices::unsetUrlHandler(u"http"_s);
}

void tst_TrayController::quitFromMenu()
{
    QSignalSpy quit(m_tray.get(), &TrayController::quitRequested);
    action(u"quit"_s)->trigger();
    QCOMPARE(quit.count(), 1);
}

int main(int argc, char *argv[])
{
    // No GPU on the test X server (the dashboard window process inherits this).
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", qgetenv("QTWEBENGINE_CHROMIUM_FLAGS") + " --disable-gpu");
#if defined(CODEXBRIDGE_HAVE_WEBENGINE)
    qputenv(DashboardProcess::ProgramVariable, CODEXBRIDGE_DASHBOARD_PROGRAM);
#endif
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    // English as a user gets it (plural forms come from the English translation file).
    LanguageLoader language;
    language.apply(u"en"_s);
    tst_TrayController test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_traycontroller.moc"
