#pragma once

#include <QObject>

#include <memory>

class DashboardWindow;
class QLocalSocket;

// The dashboard window's process (codex-bridge-dashboard), the other end of DashboardProcess: connects to the tray
// that started it over the local socket named in its environment, shows the window for the address the tray sends,
// and quits when the tray goes away (the window's own close quits it too: it is the last window).
class DashboardHost : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardHost)

public:
    explicit DashboardHost(QObject *parent = nullptr);
    ~DashboardHost() override;

    // Whether a tray started this process (the socket to reach it is in the environment); else *why says what to
    // run instead. Works before QApplication exists.
    static bool startedByTray(QString *why);
    // False and *error when the tray cannot be reached.
    bool connectToTray(QString *error);

private:
    void onReadyRead();
    void handleLine(const QByteArray &line);
    void send(const QByteArray &line);

    QLocalSocket *m_socket;
    std::unique_ptr<DashboardWindow> m_window;
};
