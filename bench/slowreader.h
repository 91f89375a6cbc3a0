#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <thread>

// A client that reads its answer at a fixed slow rate (default 1 KB/s) on a blocking socket of its own thread,
// with a small kernel receive buffer so that the slowness reaches the server at once: what a stalled or very slow
// consumer looks like to the proxy.
class SlowReader
{
    Q_DISABLE_COPY_MOVE(SlowReader)

public:
    SlowReader() = default;
    ~SlowReader();

    // Connects, sends `rawRequest` (a complete HTTP/1.1 request) and starts reading `bytesPerSecond`.
    bool start(const QString &host, quint16 port, const QByteArray &rawRequest, int bytesPerSecond, QString *error);
    // Stops reading and closes the connection (the server sees the client go away).
    void stop();

    qint64 bytesRead() const { return m_bytesRead.load(); }
    bool connectionClosed() const { return m_closed.load(); } // by the server, while reading

private:
    void readLoop(int bytesPerSecond);

    int m_fd = -1;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_closed{false};
    std::atomic<qint64> m_bytesRead{0};
};
