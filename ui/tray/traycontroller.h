#pragma once

#include "claude/claudesettingseditor.h"
#include "core/proxysettings.h"
#include "server/accountoverview.h"
#include "tray/quotaalerts.h"
#include "tray/traystatus.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

#include <memory>

class Autostart;
class ClaudeSettingsWatcher;
class DashboardProcess;
class ProxyService;
class QAction;
class QActionGroup;
class QMenu;
class QWidgetAction;
class QuotaBarsWidget;
class SettingsWindow;

// The tray icon and its menu: state at a glance, the accounts (click to switch), the active account's quota,
// sign-in, Claude Code on/off, shell setup, dashboard, settings, start at login and quit. Talks to the proxy only
// through ProxyService's queued calls and signals, so the menu never waits on the network.
class TrayController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    TrayController(ProxyService *service, const ProxySettings &settings, const QString &configDir,
                   QObject *parent = nullptr);
    ~TrayController() override;

    // Shows the icon (a no-op for the icon itself when no tray is available; the menu still works for tests).
    void show();

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu.get(); }
    TrayStatus::State state() const { return m_state; }
    QList<AccountOverview> accounts() const { return m_accounts; }
    QString proxyUrl() const { return m_url; }
    // The dashboard window's process (started by openDashboard()).
    DashboardProcess *dashboard() const { return m_dashboard; }

public Q_SLOTS:
    void openDashboard();
    void openSettings();
    void copyShellSetup();

Q_SIGNALS:
    // A desktop notification was shown (for tests and logs).
    void notified(const QString &title, const QString &message);
    void quitRequested();
    // The user picked another language in the settings ("" = the system's).
    void languageChosen(const QString &code);

private:
    void buildMenu();
    void retranslate();
    void rebuildAccountActions();
    void updateStatus();
    void notify(const QString &title, const QString &message,
                QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information);
    void onAccountsChanged(const QList<AccountOverview> &accounts);
    void onSignInStarted(const QUrl &url);
    void toggleAutostart(bool enabled);
    void toggleClaudeCode(bool on);
    void updateClaudeAction(const ClaudeSettingsEditor::Status &status);
    ClaudeSettingsEditor::Target claudeTarget() const;
    void showAbout();
    void connectSettingsWindow();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ProxyService *m_service;
    ProxySettings m_settings;
    QString m_configDir;
    QSystemTrayIcon *m_tray;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<Autostart> m_autostart;
    std::unique_ptr<ClaudeSettingsWatcher> m_claude; // the real state of ~/.claude/settings.json
    QuotaAlerts m_alerts;

    QAction *m_statusAction = nullptr;
    QAction *m_accountsHeader = nullptr;
    QActionGroup *m_accountGroup = nullptr;
    QList<QAction *> m_accountActions;
    QWidgetAction *m_quotaAction = nullptr;
    QuotaBarsWidget *m_quotaBars = nullptr;
    QAction *m_addAccountAction = nullptr;
    QAction *m_cancelSignInAction = nullptr;
    QAction *m_claudeAction = nullptr;
    QAction *m_shellAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_autostartAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;

    DashboardProcess *m_dashboard;
    QPointer<SettingsWindow> m_settingsWindow;

    QList<AccountOverview> m_accounts;
    QString m_url;
    quint16 m_port = 0; // where the proxy really listens (0 until started)
    qint64 m_requestsToday = 0;
    bool m_listening = false;
    bool m_failed = false;
    QString m_failure;
    bool m_signingIn = false;
    TrayStatus::State m_state = TrayStatus::State::Starting;
};
