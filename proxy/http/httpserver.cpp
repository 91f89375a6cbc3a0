#include "httpserver.h"

#include "core/loggingcategories.h"
#include "httpconnection.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace {
constexpr int kListenBacklog = 1024; // bursts of new connections (parallel agents) should not see SYN drops
// QTcpServer stops accepting for good after an accept() error such as EMFILE (out of descriptors); retry after
// this long, by which time connections may have closed. Clients wait in the listen backlog meanwhile.
constexpr int kAcceptRetryMs = 100;
}

HttpServer::HttpServer(HttpHandler *handler, const HttpServerLimits &limits, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_limits(limits)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
    connect(m_server, &QTcpServer::acceptError, this, &HttpServer::onAcceptError);
    m_acceptRetry.setSingleShot(true);
    m_acceptRetry.setInterval(kAcceptRetryMs);
    connect(&m_acceptRetry, &QTimer::timeout, this, [this] {
        if (m_server->isListening())
            m_server->resumeAccepting();
    });
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *errorString)
{
    if (m_server->isListening())
        m_server->close();
    m_server->setListenBacklogSize(kListenBacklog);
    if (!m_server->listen(address, port)) {
        const QString message = tr("Cannot listen on %1 port %2: %3")
                                    .arg(address.toString())
                                    .arg(port)
                                    .arg(m_server->errorString());
        qCWarning(lcHttp).noquote() << message;
        if (errorString)
            *errorString = message;
        return false;
    }
    qCDebug(lcHttp) << "listening on" << m_server->serverAddress() << m_server->serverPort();
    if (errorString)
        errorString->clear();
    return true;
}

void HttpServer::close()
{
    m_acceptRetry.stop();
    m_server->close();
    const QSet<HttpConnection *> connections = std::exchange(m_connections, {});
    for (HttpConnection *connection : connections) {
        connection->disconnect(this);
        connection->closeNow();
        connection->deleteLater();
    }
}

void HttpServer::closeConnectionsWhenIdle()
{
    const QSet<HttpConnection *> connections = m_connections;
    for (HttpConnection *connection : connections)
        connection->closeWhenIdle();
}

bool HttpServer::isListening() const
{
    return m_server->isListening();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_server->serverAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_server->serverPort();
}

int HttpServer::connectionCount() const
{
    return int(m_connections.size());
}

void HttpServer::onAcceptError(QAbstractSocket::SocketError error)
{
    // Qt has paused accepting. Typically out of file descriptors: log once per episode, retry shortly.
    if (!m_acceptFailing)
        qCWarning(lcHttp).noquote() << tr("Cannot accept connections (%1); retrying").arg(m_server->errorString())
                                    << error << "with" << m_connections.size() << "open";
    m_acceptFailing = true;
    m_acceptRetry.start();
}

void HttpServer::onNewConnection()
{
    if (!m_acceptRetry.isActive())
        m_acceptFailing = false;
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_handler, m_limits, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::closed, this, [this, connection] { onConnectionClosed(connection); });
        // Over the limit: still answer (a clear 503 beats a hanging connect), then close.
        if (m_connections.size() > m_limits.maxConnections)
            connection->reject(503, tr("Too many connections"));
        else
            connection->start();
    }
}

void HttpServer::onConnectionClosed(HttpConnection *connection)
{
    if (m_connections.remove(connection))
        connection->deleteLater();
}
