#include "proxyworker.h"

#include "auth/accountsignin.h"
#include "auth/accountstore.h"
#include "claude/claudeconfigapi.h"
#include "core/loggingcategories.h"
#include "core/openfilelimit.h"
#include "dashboard/dashboardroutes.h"
#include "dashboard/requestlog.h"
#include "dashboard/requestlogfeed.h"
#include "dashboard/settingsapi.h"
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
#include <QJsonObject>
#include <QTimer>

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
    // Each connection (client or upstream) is a descriptor; the default soft limit of 1024 is easily reached.
    qCDebug(lcProxy) << "open file limit" << OpenFileLimit::raiseToHardLimit();
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
    SettingsApi::Hooks hooks;
    hooks.current = [this] { return effectiveSettings(); };
    hooks.apply = [this](const ProxySettings &settings, QString *error) { return apply(settings, error); };
    hooks.url = [this] { return urlFor(m_settings.host, m_server->serverPort()); };
    m_dashboard = new DashboardRoutes(m_management, new SettingsApi(m_accounts->configDir(), std::move(hooks)), this);
    connect(m_router, &ApiRouter::requestFinished, m_dashboard->requestLog(),
            [log = m_dashboard->requestLog()](const RequestRecord &record) { log->append(record); });
    m_router->setDashboardRoutes(m_dashboard);

    m_publishTimer = new QTimer(this);
    m_publishTimer->setSingleShot(true);
    m_publishTimer->setInterval(50);
    connect(m_publishTimer, &QTimer::timeout, this, &ProxyWorker::publishAccounts);
    const auto schedulePublish = [timer = m_publishTimer] { timer->start(); };
    connect(m_accounts, &AccountStore::accountsChanged, m_publishTimer, schedulePublish);
    connect(m_accounts, &AccountStore::activeAccountChanged, m_publishTimer, schedulePublish);
    connect(m_quota, &QuotaTracker::quotaChanged, m_publishTimer, schedulePublish);
    connect(m_router, &ApiRouter::requestFinished, this, &ProxyWorker::publishRequestsToday);
    AccountSignIn *signIn = m_management->signIn();
    connect(signIn, &AccountSignIn::started, this, &ProxyWorker::signInStarted);
    connect(signIn, &AccountSignIn::succeeded, this, &ProxyWorker::signInSucceeded);
    connect(signIn, &AccountSignIn::failed, this, &ProxyWorker::signInFailed);
    m_router->setClaudeConfigApi(new ClaudeConfigApi(m_settings, m_accounts->configDir(), m_management, this));
    m_server = new HttpServer(m_router, HttpServerLimits::fromEnvironment());

    QString error;
    if (!listenOn(m_settings.host, m_settings.port, &error)) {
        Q_EMIT startFailed(error);
        return;
    }
    m_router->refreshModelCatalogue();
    m_quota->startPolling();
    Q_EMIT started(m_settings.host, m_server->serverPort());
    publishAccounts();
    publishRequestsToday();
}

void ProxyWorker::switchAccount(const QString &emailOrAccountId)
{
    if (!m_accounts)
        return;
    if (!m_accounts->setActive(emailOrAccountId))
        Q_EMIT switchFailed(m_accounts->errorString());
    // On success accountsChanged() follows through activeAccountChanged.
}

void ProxyWorker::startSignIn()
{
    if (m_management)
        m_management->signIn()->start();
}

void ProxyWorker::cancelSignIn()
{
    if (m_management)
        m_management->signIn()->cancel();
}

void ProxyWorker::refreshQuotas()
{
    if (m_quota)
        m_quota->refreshAll([] {});
}

void ProxyWorker::publishAccounts()
{
    if (!m_accounts)
        return;
    QList<AccountOverview> overview;
    const std::optional<Account> active = m_accounts->activeAccount();
    for (const Account &account : m_accounts->accounts()) {
        AccountOverview entry;
        entry.account = account;
        entry.active = active && active->key() == account.key();
        if (m_quota)
            entry.quota = m_quota->snapshot(account.email);
        overview.append(entry);
    }
    Q_EMIT accountsChanged(overview);
}

void ProxyWorker::publishRequestsToday()
{
    if (!m_usage)
        return;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    qint64 requests = 0;
    const auto entries = m_usage->entries();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (it.key().day == today)
            requests += it.value().requests;
    }
    Q_EMIT requestsTodayChanged(requests);
}

void ProxyWorker::stop()
{
    if (m_router)
        m_router->shutdownExchanges(QCoreApplication::translate("ProxyWorker", "Codex Bridge is quitting; the request was cut."));
    if (m_server)
        m_server->close();
    if (m_usage)
        m_usage->flush();
    Q_EMIT stopped();
}

QString ProxyWorker::urlFor(const QString &host, quint16 port)
{
    const QHostAddress address(host);
    const bool ipv6 = !address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol;
    return QStringLiteral("http://%1:%2").arg(ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host).arg(port);
}

bool ProxyWorker::listenOn(const QString &host, quint16 port, QString *error)
{
    QHostAddress address;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        address = QHostAddress(QHostAddress::LocalHost);
    } else if (!address.setAddress(host)) {
        *error = QCoreApplication::translate("ProxyWorker", "%1 is not an IP address to listen on.").arg(host);
        return false;
    }
    QString reason;
    if (!m_server->listen(address, port, &reason)) {
        *error = QCoreApplication::translate("ProxyWorker", "Cannot listen on %1 port %2: %3")
                     .arg(host)
                     .arg(port)
                     .arg(reason);
        return false;
    }
    m_router->setListeningPort(m_server->serverPort());
    return true;
}

ProxySettings ProxyWorker::effectiveSettings() const
{
    ProxySettings settings = m_settings;
    if (m_server && m_server->isListening())
        settings.port = m_server->serverPort();
    return settings;
}

void ProxyWorker::applySettings(const ProxySettings &settings)
{
    QString error;
    if (!apply(settings, &error)) {
        qCWarning(lcProxy).noquote() << "settings not applied:" << error;
        Q_EMIT settingsFailed(error);
    }
}

bool ProxyWorker::apply(const ProxySettings &settings, QString *error)
{
    if (!m_server) {
        *error = QCoreApplication::translate("ProxyWorker", "The proxy is not running.");
        return false;
    }
    if (!ProxySettings::isLoopbackHost(settings.host) && settings.clientKey.isEmpty()) {
        *error = QCoreApplication::translate("ProxyWorker", "Refusing to listen on %1 without a client key.")
                     .arg(settings.host);
        return false;
    }
    const quint16 oldPort = m_server->serverPort();
    // Port 0 means "any free port": keep the one we have unless the address changes.
    const bool move = !m_server->isListening() || settings.host != m_settings.host
        || (settings.port != 0 && settings.port != oldPort);
    if (move) {
        // HttpServer::listen() swaps only the listening socket: connections accepted on the old address stay
        // open until their response is complete, so in-flight streams finish there.
        const QString oldHost = m_settings.host;
        if (!listenOn(settings.host, settings.port, error)) {
            QString ignored;
            if (!listenOn(oldHost, oldPort, &ignored))
                qCWarning(lcProxy).noquote() << "cannot listen on the old address again either:" << ignored;
            return false;
        }
        const QString url = urlFor(settings.host, m_server->serverPort());
        qCInfo(lcProxy).noquote() << "now listening on" << url;
        // Open dashboard pages follow the proxy, and their streams no longer hold the old address; kept-alive
        // connections close after their response, so clients come back on the new one.
        m_dashboard->feed()->announceMove(url);
        m_server->closeConnectionsWhenIdle();
    }
    m_settings = settings;
    m_router->applySettings(m_settings);
    // Pages that stay show the new values (a change may come from the tray).
    m_dashboard->feed()->broadcastEvent(QByteArrayLiteral("settings"), QJsonObject());
    Q_EMIT settingsChanged(effectiveSettings());
    return true;
}
