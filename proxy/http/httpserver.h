#pragma once

#include "httpserverlimits.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>

class QTcpServer;
class HttpHandler;
class HttpConnection;

// HTTP/1.1 server on QTcpServer. Lives on (and must be used from) one thread, normally the proxy worker
// thread; every connection is handled on that thread with non-blocking I/O.
class HttpServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    explicit HttpServer(HttpHandler *handler, const HttpServerLimits &limits = {}, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *errorString = nullptr);
    void close();              // stop listening and close every connection
    // Every open connection finishes the response under way (streams included) and then closes: after listen()
    // moved the server, clients reconnect to the new address instead of reusing the old one.
    void closeConnectionsWhenIdle();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    int connectionCount() const;
    const HttpServerLimits &limits() const { return m_limits; }

private:
    void onNewConnection();
    void onAcceptError(QAbstractSocket::SocketError error);
    void onConnectionClosed(HttpConnection *connection);

    HttpHandler *m_handler;
    HttpServerLimits m_limits;
    QTcpServer *m_server;
    QSet<HttpConnection *> m_connections;
    QTimer m_acceptRetry;
    bool m_acceptFailing = false;
};
