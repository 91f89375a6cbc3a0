#pragma once

#include "core/proxysettings.h"
#include "quota/quotasnapshot.h"
#include "server/requestrecord.h"

#include <QObject>

class AccountStore;
class ApiRouter;
class HttpServer;
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

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void started(const QString &host, quint16 port);
    void startFailed(const QString &error);
    void stopped();
    void requestFinished(const RequestRecord &record);
    // An account's quota changed (from reply headers or /wham/usage); for the tray.
    void quotaChanged(const QString &accountLabel, const QuotaSnapshot &snapshot);

private:
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
    HttpServer *m_server = nullptr;
};
