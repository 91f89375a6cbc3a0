#include "traycontroller.h"

#include "claude/claudesettingswatcher.h"
#include "dashboard/dashboardprocess.h"
#include "desktop/autostart.h"
#include "server/managementapi.h"
#include "server/proxyservice.h"
#include "server/proxyworker.h"
#include "settings/settingswindow.h"
#include "tray/quotabarswidget.h"
#include "tray/quotaformatter.h"
#include "tray/shellsetup.h"
#include "tray/trayiconpainter.h"
#include "uilogging.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QWidgetAction>

TrayController::TrayController(ProxyService *service, const ProxySettings &settings, const QString &configDir,
                               QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_settings(settings)
    , m_configDir(configDir)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(std::make_unique<QMenu>())
    , m_autostart(std::make_unique<Autostart>())
    , m_claude(std::make_unique<ClaudeSettingsWatcher>(configDir, ClaudeSettingsEditor::Target::fromSettings(settings)))
    , m_dashboard(new DashboardProcess(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    buildMenu();
    m_tray->setContextMenu(m_menu.get());
    m_menu->installEventFilter(this);

    connect(m_claude.get(), &ClaudeSettingsWatcher::statusChanged, this, &TrayController::updateClaudeAction);
    connect(m_service, &ProxyService::started, this, [this](const QString &url) {
        m_url = url;
        m_port = quint16(QUrl(url).port());
        // The settings window shows the port really in use (also when started with --port 0).
        m_settings.port = m_port;
        m_claude->setTarget(claudeTarget());
        m_listening = true;
        qCInfo(lcUi).noquote() << "proxy listening on" << url;
        m_failed = false;
        connectSettingsWindow();
        updateStatus();
    });
    connect(m_service, &ProxyService::startFailed, this, [this](const QString &error) {
        m_listening = false;
        m_failed = true;
        m_failure = error;
        connectSettingsWindow();
        updateStatus();
        notify(tr("Codex Bridge could not start"), error, QSystemTrayIcon::Critical);
    });
    connect(m_service, &ProxyService::accountsChanged, this, &TrayController::onAccountsChanged);
    // From the settings window or the dashboard; host and port are where the proxy really listens now.
    connect(m_service, &ProxyService::settingsChanged, this, [this](const ProxySettings &settings) {
        m_settings = settings;
        m_port = settings.port;
        m_claude->setTarget(claudeTarget());
        m_url = ProxyWorker::urlFor(settings.host, settings.port);
        qCInfo(lcUi).noquote() << "proxy listening on" << m_url;
        if (m_settingsWindow)
            m_settingsWindow->setSettings(settings);
        connectSettingsWindow();
        m_dashboard->setUrl(QUrl(m_url + QLatin1Char('/')));
        updateStatus();
    });
    connect(m_service, &ProxyService::settingsFailed, this, [this](const QString &error) {
        notify(tr("Settings not applied"), error, QSystemTrayIcon::Warning);
    });
    connect(m_service, &ProxyService::requestsTodayChanged, this, [this](qint64 requests) {
        m_requestsToday = requests;
        updateStatus();
    });
    connect(m_service, &ProxyService::signInStarted, this, &TrayController::onSignInStarted);
    connect(m_service, &ProxyService::signInSucceeded, this, [this](const QString &email) {
        m_signingIn = false;
        const QuotaAlerts::Alert alert = QuotaAlerts::signedIn(email);
        notify(alert.title, alert.message);
        updateStatus();
    });
    connect(m_service, &ProxyService::signInFailed, this, [this](const QString &message) {
        m_signingIn = false;
        notify(tr("Sign-in failed"), message, QSystemTrayIcon::Warning);
        updateStatus();
    });
    connect(m_service, &ProxyService::switchFailed, this, [this](const QString &message) {
        notify(tr("Could not switch the account"), message, QSystemTrayIcon::Warning);
        rebuildAccountActions(); // puts the check mark back on the account really in use
    });
    // The window process could not start: the page still opens, in the browser.
    connect(m_dashboard, &DashboardProcess::failed, this, [this] {
        if (!m_url.isEmpty())
            QDesktopServices::openUrl(QUrl(m_url + QLatin1Char('/')));
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::DoubleClick)
            openDashboard();
#if !defined(Q_OS_MACOS)
        else if (reason == QSystemTrayIcon::Trigger)
            m_menu->popup(QCursor::pos());
#endif
    });
    updateStatus();
}

TrayController::~TrayController()
{
    delete m_settingsWindow;
}

void TrayController::show()
{
    m_tray->show();
}

void TrayController::buildMenu()
{
    QMenu *menu = m_menu.get();
    m_statusAction = menu->addAction(QString());
    m_statusAction->setObjectName(QStringLiteral("status"));
    m_statusAction->setEnabled(false);
    menu->addSeparator();

    m_accountsHeader = menu->addSection(QString());
    m_accountsHeader->setObjectName(QStringLiteral("accountsHeader"));
    m_accountGroup = new QActionGroup(this);
    m_accountGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);

    m_quotaBars = new QuotaBarsWidget(menu);
    m_quotaAction = new QWidgetAction(this);
    m_quotaAction->setObjectName(QStringLiteral("quota"));
    m_quotaAction->setDefaultWidget(m_quotaBars);
    menu->addAction(m_quotaAction);

    m_addAccountAction = menu->addAction(QString(), this, [this] {
        m_signingIn = true;
        updateStatus();
        m_service->startSignIn();
    });
    m_addAccountAction->setObjectName(QStringLiteral("addAccount"));
    m_cancelSignInAction = menu->addAction(QString(), this, [this] {
        m_signingIn = false;
        m_service->cancelSignIn();
        updateStatus();
    });
    m_cancelSignInAction->setObjectName(QStringLiteral("cancelSignIn"));
    m_cancelSignInAction->setVisible(false);
    menu->addSeparator();

    m_claudeAction = menu->addAction(QString());
    m_claudeAction->setObjectName(QStringLiteral("claudeCode"));
    m_claudeAction->setCheckable(true);
    connect(m_claudeAction, &QAction::triggered, this, &TrayController::toggleClaudeCode);
    m_shellAction = menu->addAction(QString(), this, &TrayController::copyShellSetup);
    m_shellAction->setObjectName(QStringLiteral("copyShellSetup"));
    m_dashboardAction = menu->addAction(QString(), this, &TrayController::openDashboard);
    m_dashboardAction->setObjectName(QStringLiteral("openDashboard"));
    m_settingsAction = menu->addAction(QString(), this, &TrayController::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("settings"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_autostartAction = menu->addAction(QString());
    m_autostartAction->setObjectName(QStringLiteral("startAtLogin"));
    m_autostartAction->setCheckable(true);
    connect(m_autostartAction, &QAction::toggled, this, &TrayController::toggleAutostart);
    menu->addSeparator();
    m_aboutAction = menu->addAction(QString(), this, &TrayController::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_quitAction = menu->addAction(QString(), this, &TrayController::quitRequested);
    m_quitAction->setObjectName(QStringLiteral("quit"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setShortcut(QKeySequence::Quit);

    connect(menu, &QMenu::aboutToShow, this, [this] {
        // The menu is about to be read: fresh quota (answered from cache when recent) and the real autostart state.
        m_service->refreshQuotas();
        m_claude->refresh();
        const QSignalBlocker blocker(m_autostartAction);
        m_autostartAction->setChecked(m_autostart->isEnabled());
    });
    retranslate();
}

void TrayController::retranslate()
{
    m_accountsHeader->setText(tr("Accounts"));
    m_addAccountAction->setText(tr("Add ChatGPT account…"));
    m_cancelSignInAction->setText(tr("Cancel sign-in"));
    updateClaudeAction(m_claude->status());
    m_shellAction->setText(tr("Copy shell setup"));
    m_dashboardAction->setText(tr("Open dashboard"));
    m_settingsAction->setText(tr("Settings…"));
    m_autostartAction->setText(tr("Start at login"));
    m_aboutAction->setText(tr("About Codex Bridge"));
    m_quitAction->setText(tr("Quit"));
    rebuildAccountActions();
    updateStatus();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu.get() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrayController::onAccountsChanged(const QList<AccountOverview> &accounts)
{
    m_accounts = accounts;
    for (const QuotaAlerts::Alert &alert : m_alerts.update(accounts)) {
        const bool bad = alert.kind == QuotaAlerts::Alert::Kind::QuotaExhausted
            || alert.kind == QuotaAlerts::Alert::Kind::SignInNeeded;
        notify(alert.title, alert.message, bad ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
    rebuildAccountActions();
    updateStatus();
}

void TrayController::rebuildAccountActions()
{
    for (QAction *action : std::as_const(m_accountActions)) {
        m_accountGroup->removeAction(action);
        m_menu->removeAction(action);
        action->deleteLater();
    }
    m_accountActions.clear();
    for (const AccountOverview &overview : std::as_const(m_accounts)) {
        const Account &account = overview.account;
        QString detail;
        if (account.status == Account::Status::SignInNeeded)
            detail = tr("sign-in needed");
        else if (account.status == Account::Status::Disabled)
            detail = tr("disabled");
        else
            detail = QuotaFormatter::summary(overview.quota);
        const QString plan = QuotaFormatter::planName(account.planType);
        const QString text = plan.isEmpty() ? tr("%1 — %2").arg(account.email, detail)
                                            : tr("%1 — %2 · %3").arg(account.email, plan, detail);
        auto *action = new QAction(text, this);
        action->setObjectName(QStringLiteral("account:") + account.key());
        action->setCheckable(true);
        action->setChecked(overview.active);
        action->setData(account.key());
        connect(action, &QAction::triggered, this, [this, key = account.key()] { m_service->switchAccount(key); });
        m_accountGroup->addAction(action);
        m_menu->insertAction(m_quotaAction, action);
        m_accountActions.append(action);
    }
    const AccountOverview *active = TrayStatus::active(m_accounts);
    m_quotaAction->setVisible(active != nullptr);
    m_quotaBars->setQuota(active ? active->quota : std::nullopt);
    // Menus exported over D-Bus (StatusNotifierItem) cannot show widgets: they show this text instead.
    m_quotaAction->setText(m_quotaBars->rowsText().replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    m_accountsHeader->setVisible(!m_accounts.isEmpty());
}

void TrayController::updateStatus()
{
    m_state = TrayStatus::evaluate(m_listening, m_failed, m_accounts);
    QString status;
    if (m_failed)
        status = tr("Not running: %1").arg(m_failure);
    else if (!m_listening)
        status = tr("Starting…");
    else
        status = tr("Listening on %1 · %n request(s) today", nullptr, int(qMin<qint64>(m_requestsToday, INT_MAX)))
                     .arg(m_url);
    if (m_signingIn)
        status = tr("Waiting for the sign-in in your browser…");
    m_statusAction->setText(status);
    m_addAccountAction->setEnabled(m_listening && !m_signingIn);
    m_cancelSignInAction->setVisible(m_signingIn);
    m_tray->setIcon(TrayIconPainter::icon(m_state));
    m_tray->setToolTip(TrayStatus::tooltip(m_state, m_accounts, m_url));
}

void TrayController::notify(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon)
{
    qCInfo(lcUi).noquote() << "notification:" << title << "-" << message;
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, icon, 8000);
    Q_EMIT notified(title, message);
}

void TrayController::onSignInStarted(const QUrl &url)
{
    m_signingIn = true;
    updateStatus();
    if (QDesktopServices::openUrl(url))
        return;
    // No browser could be started (a bare window manager, say): the user opens the address by hand.
    QMessageBox box(QMessageBox::Information, tr("Sign in to ChatGPT"),
                    tr("Open this address in a browser to sign in:"), QMessageBox::Ok);
    box.setInformativeText(url.toString(QUrl::FullyEncoded));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void TrayController::copyShellSetup()
{
    const QString url = m_url.isEmpty()
        ? QStringLiteral("http://%1:%2").arg(m_settings.host).arg(m_settings.port)
        : m_url;
    QGuiApplication::clipboard()->setText(ShellSetup::exportLines(url, m_settings.clientKey));
    notify(tr("Shell setup copied"),
           tr("Paste it into a terminal; Claude Code and OpenAI clients started there will use Codex Bridge."));
}

void TrayController::openDashboard()
{
    if (m_url.isEmpty())
        return;
    qCInfo(lcUi) << "opening the dashboard";
    const QUrl url(m_url + QLatin1Char('/'));
    if (!m_dashboard->open(url)) {
        // No dashboard window in this build (no Qt WebEngine): the user's browser shows the page.
        qCInfo(lcUi).noquote() << m_dashboard->errorString() << "Opening the dashboard in the browser.";
        QDesktopServices::openUrl(url);
    }
}

void TrayController::openSettings()
{
    if (!m_settingsWindow) {
        m_settingsWindow = new SettingsWindow(m_settings, m_configDir);
        connect(m_settingsWindow, &SettingsWindow::settingsAccepted, this, [this](const ProxySettings &settings) {
            m_settings = settings;
            m_service->applySettings(settings);
        });
        connect(m_settingsWindow, &SettingsWindow::languageChosen, this, &TrayController::languageChosen);
        connectSettingsWindow();
    }
    m_settingsWindow->show();
    m_settingsWindow->raise();
    m_settingsWindow->activateWindow();
}

// The Providers tab talks to the running proxy with the management key the proxy itself reads.
void TrayController::connectSettingsWindow()
{
    if (!m_settingsWindow)
        return;
    if (!m_listening) {
        m_settingsWindow->setProxyConnection(QString(), QByteArray());
        return;
    }
    QString error;
    const QByteArray key = ManagementApi::loadOrCreateKey(m_configDir, &error);
    if (key.isEmpty())
        qCWarning(lcUi).noquote() << error;
    m_settingsWindow->setProxyConnection(m_url, key);
}

void TrayController::toggleAutostart(bool enabled)
{
    if (m_autostart->setEnabled(enabled))
        return;
    notify(tr("Start at login"), m_autostart->errorString(), QSystemTrayIcon::Warning);
    const QSignalBlocker blocker(m_autostartAction);
    m_autostartAction->setChecked(m_autostart->isEnabled());
}

void TrayController::showAbout()
{
    QMessageBox::about(nullptr, tr("About Codex Bridge"),
                       tr("<b>Codex Bridge %1</b><p>Use Claude Code and OpenAI clients with your ChatGPT "
                          "subscription.</p><p>Listening on %2</p>")
                           .arg(QCoreApplication::applicationVersion(), m_url.toHtmlEscaped()));
}

ClaudeSettingsEditor::Target TrayController::claudeTarget() const
{
    return ClaudeSettingsEditor::Target::fromSettings(m_settings, m_port);
}

void TrayController::updateClaudeAction(const ClaudeSettingsEditor::Status &status)
{
    const QSignalBlocker blocker(m_claudeAction);
    m_claudeAction->setChecked(status.pointsAtProxy());
    switch (status.state) {
    case ClaudeSettingsEditor::State::Outdated:
        m_claudeAction->setText(tr("Use with Claude Code (update needed)"));
        m_claudeAction->setToolTip(tr("Claude Code points at Codex Bridge with an old address, key or model mapping."));
        break;
    case ClaudeSettingsEditor::State::Invalid:
        m_claudeAction->setText(tr("Use with Claude Code (settings file unreadable)"));
        m_claudeAction->setToolTip(status.error);
        break;
    case ClaudeSettingsEditor::State::On:
    case ClaudeSettingsEditor::State::Off:
        m_claudeAction->setText(tr("Use with Claude Code"));
        m_claudeAction->setToolTip(QDir::toNativeSeparators(status.filePath));
        break;
    }
}

void TrayController::toggleClaudeCode(bool on)
{
    ClaudeSettingsEditor editor(m_configDir, m_claude->settingsPath());
    const ClaudeSettingsEditor::Target target = claudeTarget();
    // An outdated entry is brought up to date rather than removed.
    const bool enable = on || m_claude->status().state == ClaudeSettingsEditor::State::Outdated;
    const bool ok = enable ? editor.enable(target) : editor.disable(target);
    m_claude->refresh();
    updateClaudeAction(m_claude->status());
    if (!ok) {
        if (editor.error() == ClaudeSettingsEditor::Error::InvalidFile) {
            // Never overwritten: the user fixes it, we offer to open it.
            QMessageBox box(QMessageBox::Warning, tr("Claude Code settings not changed"), editor.errorString(),
                            QMessageBox::Open | QMessageBox::Close);
            box.setInformativeText(tr("Fix the file (or remove it), then try again."));
            if (box.exec() == QMessageBox::Open)
                QDesktopServices::openUrl(QUrl::fromLocalFile(editor.settingsPath()));
        } else {
            notify(tr("Claude Code settings not changed"), editor.errorString(), QSystemTrayIcon::Warning);
        }
        return;
    }
    QString message = enable ? tr("Claude Code now uses Codex Bridge. Start a new `claude` session to pick it up.")
                             : tr("Claude Code settings restored.");
    const QStringList notes = editor.notes();
    if (!notes.isEmpty())
        message += QLatin1Char('\n') + notes.join(QLatin1Char('\n'));
    notify(enable ? tr("Claude Code: on") : tr("Claude Code: off"), message);
}
