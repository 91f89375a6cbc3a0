#include "proxyworker.h"

#include "auth/accountstore.h"
#include "core/loggingcategories.h"
#include "http/httpserver.h"
#include "server/apirouter.h"
#include "upstream/upstreamclient.h"

#include <QCoreApplication>

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
    Q_EMIT started(m_settings.host, m_server->serverPort());
}

void ProxyWorker::stop()
{
    if (m_server)
        m_server->close();
    Q_EMIT stopped();
}
