#include "slowreader.h"

#include <QHostAddress>

#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

SlowReader::~SlowReader()
{
    stop();
}

bool SlowReader::start(const QString &host, quint16 port, const QByteArray &rawRequest, int bytesPerSecond, QString *error)
{
    const QHostAddress address(host);
    if (address.protocol() != QAbstractSocket::IPv4Protocol) {
        *error = QStringLiteral("SlowReader needs an IPv4 address, not %1").arg(host);
        return false;
    }
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    // Before connect, so the advertised window is small from the start.
    const int receiveBuffer = 4096;
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    sockaddr_in peer{};
    peer.sin_family = AF_INET;
    peer.sin_port = htons(port);
    peer.sin_addr.s_addr = htonl(address.toIPv4Address());
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&peer), sizeof peer) != 0) {
        *error = QStringLiteral("connect to %1:%2 failed").arg(host).arg(port);
        return false;
    }
    for (qsizetype sent = 0; sent < rawRequest.size();) {
        const ssize_t n = ::send(m_fd, rawRequest.constData() + sent, size_t(rawRequest.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            *error = QStringLiteral("sending the request failed");
            return false;
        }
        sent += n;
    }
    m_thread = std::thread([this, bytesPerSecond] { readLoop(bytesPerSecond); });
    return true;
}

void SlowReader::readLoop(int bytesPerSecond)
{
    // Reads in ten portions per second.
    const int portion = qMax(1, bytesPerSecond / 10);
    QByteArray buffer(portion, Qt::Uninitialized);
    auto next = std::chrono::steady_clock::now();
    while (!m_stop.load()) {
        next += std::chrono::milliseconds(100);
        const ssize_t n = ::recv(m_fd, buffer.data(), size_t(portion), 0);
        if (n <= 0) {
            m_closed = true;
            return;
        }
        m_bytesRead += n;
        std::this_thread::sleep_until(next);
    }
}

void SlowReader::stop()
{
    m_stop = true;
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR); // wakes a blocked recv
    if (m_thread.joinable())
        m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}
