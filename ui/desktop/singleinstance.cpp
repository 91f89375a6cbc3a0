#include "singleinstance.h"

#include "uilogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace {
constexpr int kConnectTimeoutMs = 1000;
const QByteArray kActivate = QByteArrayLiteral("activate\n");
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(key))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &key)
{
    // Short (Unix socket paths are limited), per user (the name lands in a shared temp folder on Unix) and per
    // config folder.
    const QByteArray user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).toUtf8();
    const QByteArray digest =
        QCryptographicHash::hash(user + '\0' + QDir::cleanPath(key).toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("codex-bridge-") + QString::fromLatin1(digest.left(16));
}

bool SingleInstance::notifyPrimary() const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(kConnectTimeoutMs))
        return false;
    socket.write(kActivate);
    socket.waitForBytesWritten(kConnectTimeoutMs);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::start()
{
    if (notifyPrimary())
        return false;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // Nobody answered, so the name is a leftover of a crashed instance.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName)) {
            // Another instance may have won a race in between; if so it is the primary.
            if (notifyPrimary())
                return false;
            qCWarning(lcUi).noquote() << "single instance: cannot listen on" << m_serverName << m_server->errorString();
            return true; // run anyway rather than refuse to start
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(kActivate.trimmed()))
                    Q_EMIT activationRequested();
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}
