#include "proxyworker.h"

#include "auth/accountstore.h"
#include "core/loggingcategories.h"
#include "http/httpserver.h"
#include "providers/providerclient.h"
#include "providers/providerrouter.h"
#include "providers/providersettingsapi.h"
#include "providers/providerstore.h"
#include "quota/quotatracker.h"
#include "server/apirouter.h"
#include "server/managementapi.h"
#include "upstream/upstreamclient.h"
#include "usage/usagestats.h"

#include <QCoreApplication>
#include <QDir>

ProxyWorker::ProxyWorker(const ProxySettings &settings)
    : m_settings(settings)
{
}

ProxyWorker::~ProxyWorker()
{
    // The server goes first: its connections hold responders the router's exchanges point at.
    delete m_server;
    delete m_router;
}

void ProxyWorker::start()
{
    m_accounts = new AccountStore(this);
    if (!m_accounts->load())
        qCWarning(lcAuth).noquote() << m_accounts->errorString();
    m_upstream = new UpstreamClient(UpstreamConfig::fromEnvironment(), this);
    m_router = new ApiRouter(m_settings, m_accounts, m_upstream);
    connect(m_router, &ApiRouter::requestFinished, this, &ProxyWorker::requestFinished);

    m_quota = new QuotaTracker(m_accounts, m_upstream, this);
    connect(m_router, &ApiRouter::upstreamHeaders, m_quota, &QuotaTracker::updateFromHeaders);
    connect(m_quota, &QuotaTracker::quotaChanged, this, &ProxyWorker::quotaChanged);
    m_usage = new UsageStats(QDir(m_accounts->configDir()).filePath(UsageStats::fileName()), this);
    m_usage->load();
    connect(m_router, &ApiRouter::requestFinished, m_usage,
            [usage = m_usage](const RequestRecord &record) { usage->record(record); });
    QString keyError;
    const QByteArray managementKey = ManagementApi::loadOrCreateKey(m_accounts->configDir(), &keyError);
    if (managementKey.isEmpty())
        qCWarning(lcProxy).noquote() << keyError;
    m_management = new ManagementApi(m_accounts, m_quota, m_usage, managementKey, this);
    m_router->setManagementApi(m_management);
    m_providerStore = new ProviderStore(m_accounts->configDir(), m_accounts->secretStore(), this);
    m_providerStore->load();
    m_providerClient = new ProviderClient(this);
    m_providerRouter = new ProviderRouter(m_providerStore, m_providerClient, this);
    m_providerSettings = new ProviderSettingsApi(m_providerStore, m_providerClient, m_management, this);
    m_router->setProviders(m_providerRouter, m_providerSettings);
    m_server = new HttpServer(m_router);

    QHostAddress address;
    if (m_settings.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(m_settings.host)) {
        Q_EMIT startFailed(QCoreApplication::translate("ProxyWorker", "%1 is not an IP address to listen on.")
                               .arg(m_settings.host));
        return;
    }
    QString error;
    if (!m_server->listen(address, m_settings.port, &error)) {
        Q_EMIT startFailed(QCoreApplication::translate("ProxyWorker", "Cannot listen on %1 port %2: %3")
                               .arg(m_settings.host)
                               .arg(m_settings.port)
                               .arg(error));
        return;
    }
    m_router->setListeningPort(m_server->serverPort());
    m_router->refreshModelCatalogue();
    m_quota->startPolling();
    Q_EMIT started(m_settings.host, m_server->serverPort());
}

void ProxyWorker::stop()
{
    if (m_server)
        m_server->close();
    if (m_usage)
        m_usage->flush();
    Q_EMIT stopped();
}
