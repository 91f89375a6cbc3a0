#include "dashboardprocess.h"

#include "uilogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcessEnvironment>
#include <QRandomGenerator>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace {
constexpr int kGracefulStopMs = 5000;
constexpr qint64 kMaxLineBytes = 64 * 1024; // the child's messages are a few dozen bytes
} // namespace

DashboardProcess::DashboardProcess(QObject *parent)
    : QObject(parent)
{
}

DashboardProcess::~DashboardProcess()
{
    stop();
}

QString DashboardProcess::program()
{
#if defined(CODEXBRIDGE_HAVE_WEBENGINE)
    const QString configured = qEnvironmentVariable(ProgramVariable);
    if (!configured.isEmpty())
        return configured;
#if defined(Q_OS_WIN)
    const QString name = QStringLiteral("codex-bridge-dashboard.exe");
#else
    const QString name = QStringLiteral("codex-bridge-dashboard");
#endif
    const QFileInfo beside(QDir(QCoreApplication::applicationDirPath()).filePath(name));
    if (beside.isFile() && beside.isExecutable())
        return beside.absoluteFilePath();
#endif
    return {};
}

bool DashboardProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 DashboardProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool DashboardProcess::open(const QUrl &url)
{
    m_url = url;
    if (isRunning()) {
#if defined(Q_OS_WIN)
        // Windows lets a background process take the foreground only when the foreground one (the tray, whose
        // menu was just used) allows it.
        AllowSetForegroundWindow(DWORD(m_process->processId()));
#endif
        send("open " + url.toEncoded());
        return true;
    }
    const QString path = program();
    if (path.isEmpty()) {
        m_error = tr("The dashboard window is not part of this installation.");
        return false;
    }

    // A fresh, unguessable name per start; only this user may connect, and only the child's hello is heard.
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = QStringLiteral("codex-bridge-dashboard-%1")
                             .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    if (!server->listen(name)) {
        m_error = tr("Cannot reach the dashboard window: %1").arg(server->errorString());
        delete server;
        return false;
    }
    m_server = server;
    connect(server, &QLocalServer::newConnection, this, &DashboardProcess::onNewConnection);
    m_pending = {"open " + url.toEncoded()};
    m_windowId = 0;
    m_loaded = false;
    m_error.clear();

    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(SocketVariable), server->fullServerName());
    process->setProcessEnvironment(environment);
    // Its log lines and Qt WebEngine's messages end up where the tray's go.
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (process != m_process || error != QProcess::FailedToStart)
            return;
        m_error = tr("Cannot start the dashboard window (%1): %2").arg(process->program(), process->errorString());
        qCWarning(lcUi).noquote() << m_error;
        onProcessFinished();
        Q_EMIT failed(m_error);
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        if (process != m_process)
            return;
        const bool shown = m_windowId != 0;
        qCInfo(lcUi) << "dashboard window process ended, exit code" << exitCode;
        onProcessFinished();
        if (!shown && (status != QProcess::NormalExit || exitCode != 0)) {
            m_error = tr("The dashboard window closed unexpectedly (exit code %1).").arg(exitCode);
            Q_EMIT failed(m_error);
        }
    });
    m_process = process;
    process->start(path, {});
    qCInfo(lcUi).noquote() << "dashboard window process" << process->processId() << "started:" << path;
    return true;
}

void DashboardProcess::setUrl(const QUrl &url)
{
    if (!isRunning() || url == m_url)
        return;
    m_url = url;
    send("url " + url.toEncoded());
}

void DashboardProcess::stop()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    const qint64 pid = process->processId();
    // Ending it is no failure to report (no browser fallback while the tray quits).
    process->disconnect(this);
    // Closing the connection (or, before the child connected, the server) is the child's signal to quit.
    if (m_socket)
        m_socket->disconnectFromServer();
    if (m_server)
        m_server->close();
    if (process->state() != QProcess::NotRunning && !process->waitForFinished(kGracefulStopMs)) {
        qCWarning(lcUi) << "dashboard window process" << pid << "did not quit; killing it";
        process->kill();
        process->waitForFinished(kGracefulStopMs);
    }
    qCInfo(lcUi) << "dashboard window process" << pid << "stopped";
    onProcessFinished();
}

void DashboardProcess::onNewConnection()
{
    while (QLocalSocket *socket = m_server ? m_server->nextPendingConnection() : nullptr) {
        socket->setParent(this); // it would go with the server, which is closed once the child is connected
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void DashboardProcess::onReadyRead(QLocalSocket *socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine().trimmed();
        if (socket == m_socket) {
            handleLine(line);
            continue;
        }
        // Not (yet) the child's connection: it must introduce itself with the process id started here.
        if (!m_process || line != "hello " + QByteArray::number(m_process->processId())) {
            qCWarning(lcUi) << "dashboard: ignoring a connection that is not the window process";
            socket->abort();
            return;
        }
        m_socket = socket;
        if (m_server) {
            m_server->close(); // nobody else may connect now
            m_server->deleteLater();
            m_server = nullptr;
        }
        for (const QByteArray &pending : std::as_const(m_pending))
            send(pending);
        m_pending.clear();
    }
    if (socket->bytesAvailable() > kMaxLineBytes)
        socket->abort();
}

void DashboardProcess::handleLine(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = line.left(space);
    const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1);
    if (verb == "window") {
        m_windowId = WId(argument.toULongLong());
        Q_EMIT windowShown(m_windowId);
    } else if (verb == "loaded") {
        m_loaded = argument == "1";
        qCInfo(lcUi) << "dashboard page" << (m_loaded ? "loaded" : "failed to load");
        Q_EMIT loadFinished(m_loaded);
    }
}

void DashboardProcess::send(const QByteArray &line)
{
    if (m_socket && m_socket->state() == QLocalSocket::ConnectedState)
        m_socket->write(line + '\n');
    else
        m_pending.append(line);
}

void DashboardProcess::onProcessFinished()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    m_pending.clear();
    m_windowId = 0;
    m_loaded = false;
    Q_EMIT finished();
}
