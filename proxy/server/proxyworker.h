#pragma once

#include "core/proxysettings.h"
#include "quota/quotasnapshot.h"
#include "server/accountoverview.h"
#include "server/requestrecord.h"

#include <QObject>

class AccountStore;
class ApiRouter;
class DashboardRoutes;
class HttpServer;
class QTimer;
class ManagementApi;
class ProviderClient;
class ProviderRouter;
class ProviderSettingsApi;
class ProviderStore;
class QuotaTracker;
class UpstreamClient;
class UsageStats;

// Everything that runs on the proxy thread, created there (QNetworkAccessManager and sockets belong to the
// thread that made them). Driven by ProxyService through queued calls.
class ProxyWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyWorker)

public:
    explicit ProxyWorker(const ProxySettings &settings);
    ~ProxyWorker() override;

    // "http://HOST:PORT" (IPv6 in brackets).
    static QString urlFor(const QString &host, quint16 port);

public Q_SLOTS:
    void start();
    void stop();
    // Takes `settings` at run time: a new host or port moves the listener (the new address is opened first; the
    // old one stops accepting, while its open connections and streams are served to their end; dashboard pages
    // are told to follow); everything else applies from the next request. settingsChanged() or settingsFailed()
    // reports the outcome. Does not write settings.json (the caller decides what to save).
    void applySettings(const ProxySettings &settings);
    // For the tray (queued from the GUI thread); results come back through the signals below.
    void switchAccount(const QString &emailOrAccountId);
    void startSignIn();
    void cancelSignIn();
    // Asks /wham/usage for every account now (the tray menu was opened, say).
    void refreshQuotas();

Q_SIGNALS:
    void started(const QString &host, quint16 port);
    void startFailed(const QString &error);
    void stopped();
    void requestFinished(const RequestRecord &record);
    // An account's quota changed (from reply headers or /wham/usage); for the tray.
    void quotaChanged(const QString &accountLabel, const QuotaSnapshot &snapshot);
    // The settings in effect changed (host and port are the address actually listened on).
    void settingsChanged(const ProxySettings &settings);
    // applySettings() could not take the settings; nothing was changed.
    void settingsFailed(const QString &error);
    // The accounts with their quota, whenever any of it changed (and once after start).
    void accountsChanged(const QList<AccountOverview> &accounts);
    void requestsTodayChanged(qint64 requests);
    void signInStarted(const QUrl &authorizeUrl);
    void signInSucceeded(const QString &email);
    void signInFailed(const QString &message);
    void switchFailed(const QString &message);

private:
    bool apply(const ProxySettings &settings, QString *error);
    bool listenOn(const QString &host, quint16 port, QString *error);
    // m_settings with the address actually listened on.
    ProxySettings effectiveSettings() const;
    void publishAccounts();
    void publishRequestsToday();

    ProxySettings m_settings;
    AccountStore *m_accounts = nullptr;
    UpstreamClient *m_upstream = nullptr;
    ApiRouter *m_router = nullptr;
    QuotaTracker *m_quota = nullptr;
    UsageStats *m_usage = nullptr;
    ManagementApi *m_management = nullptr;
    ProviderStore *m_providerStore = nullptr;
    ProviderClient *m_providerClient = nullptr;
    ProviderRouter *m_providerRouter = nullptr;
    ProviderSettingsApi *m_providerSettings = nullptr;
    DashboardRoutes *m_dashboard = nullptr;
    HttpServer *m_server = nullptr;
    QTimer *m_publishTimer = nullptr; // coalesces bursts of account/quota changes into one accountsChanged()
};
