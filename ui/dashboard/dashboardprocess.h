#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QUrl>
#include <qwindowdefs.h>

class QLocalServer;
class QLocalSocket;

// The dashboard window, run by the tray in a process of its own (codex-bridge-dashboard), so that Qt WebEngine and
// the OpenGL stack it loads (~60 MB) are in memory only while the window is open. One process at a time: opening
// again brings its window forward. The tray and the window talk over a local socket whose name the child gets in
// its environment (never on the command line); lines, one message each:
//   tray -> window: "open <url>"   show the page at <url> (loaded when it differs) and bring the window forward
//                   "url <url>"    load <url> when it differs, without bringing the window forward
//   window -> tray: "hello <pid>"  first line; only the process started here is listened to
//                   "window <id>"  the window is shown (its native id, for screenshots in the tests)
//                   "loaded <0|1>" the page finished loading (1) or failed (0)
// The window process ends when the window is closed or the tray goes away (the socket closes, also on a crash).
class DashboardProcess : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardProcess)

public:
    explicit DashboardProcess(QObject *parent = nullptr);
    ~DashboardProcess() override; // stops the window process

    static constexpr auto SocketVariable = "CODEX_BRIDGE_DASHBOARD_SOCKET";
    static constexpr auto ProgramVariable = "CODEX_BRIDGE_DASHBOARD_PROGRAM";

    // The window program: $CODEX_BRIDGE_DASHBOARD_PROGRAM, else codex-bridge-dashboard beside this executable
    // (where the build and every installer put it). Empty when there is none (a build without Qt WebEngine).
    static QString program();

    // Shows the dashboard at `url`: starts the window process, or asks the running one to come forward. False (and
    // errorString()) when no window can be shown; the caller then opens the browser.
    bool open(const QUrl &url);
    // Loads `url` in the running window (the proxy moved); nothing when none runs.
    void setUrl(const QUrl &url);
    // Ends the window process (waits a few seconds, then kills it).
    void stop();

    bool isRunning() const;
    qint64 processId() const;
    WId windowId() const { return m_windowId; }
    bool isLoaded() const { return m_loaded; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void windowShown(WId id);
    void loadFinished(bool ok);
    // The window process could not be started or died before showing the window: show the page elsewhere.
    void failed(const QString &error);
    void finished();

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    void handleLine(const QByteArray &line);
    void send(const QByteArray &line);
    void onProcessFinished();

    QProcess *m_process = nullptr;
    QLocalServer *m_server = nullptr;
    QPointer<QLocalSocket> m_socket; // the child's, once it said hello
    QList<QByteArray> m_pending;     // sent once the child is connected
    QUrl m_url;
    WId m_windowId = 0;
    bool m_loaded = false;
    QString m_error;
};
