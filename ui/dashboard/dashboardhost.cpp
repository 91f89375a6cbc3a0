#include "dashboardhost.h"

#include "dashboard/dashboardprocess.h"
#include "dashboard/dashboardwindow.h"
#include "uilogging.h"

#include <QCoreApplication>
#include <QLocalSocket>
#include <QUrl>

namespace {
constexpr int kConnectTimeoutMs = 10000;
constexpr qint64 kMaxLineBytes = 64 * 1024;
} // namespace

DashboardHost::DashboardHost(QObject *parent)
    : QObject(parent)
    , m_socket(new QLocalSocket(this))
{
}

DashboardHost::~DashboardHost() = default;

bool DashboardHost::startedByTray(QString *why)
{
    if (!qEnvironmentVariableIsEmpty(DashboardProcess::SocketVariable))
        return true;
    *why = tr("The dashboard window is opened from the Codex Bridge tray (codex-bridge), not on its own.");
    return false;
}

bool DashboardHost::connectToTray(QString *error)
{
    m_socket->connectToServer(qEnvironmentVariable(DashboardProcess::SocketVariable));
    if (!m_socket->waitForConnected(kConnectTimeoutMs)) {
        *error = tr("Cannot reach the Codex Bridge tray: %1").arg(m_socket->errorString());
        return false;
    }
    connect(m_socket, &QLocalSocket::readyRead, this, &DashboardHost::onReadyRead);
    // The tray quit (or crashed): so does its window.
    connect(m_socket, &QLocalSocket::disconnected, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    send("hello " + QByteArray::number(QCoreApplication::applicationPid()));
    return true;
}

void DashboardHost::onReadyRead()
{
    while (m_socket->canReadLine())
        handleLine(m_socket->readLine().trimmed());
    if (m_socket->bytesAvailable() > kMaxLineBytes)
        m_socket->abort();
}

void DashboardHost::handleLine(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = line.left(space);
    if (space < 0 || (verb != "open" && verb != "url"))
        return;
    const QUrl url = QUrl::fromEncoded(line.mid(space + 1), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        qCWarning(lcUi).noquote() << "dashboard: not an address to show:" << url.toDisplayString();
        return;
    }
    if (!m_window) {
        // The first message is always "open": the tray starts this process to show the window.
        m_window = std::make_unique<DashboardWindow>(url);
        connect(m_window.get(), &DashboardWindow::loadFinished, this,
                [this](bool ok) { send(ok ? QByteArrayLiteral("loaded 1") : QByteArrayLiteral("loaded 0")); });
        m_window->bringToFront();
        send("window " + QByteArray::number(quint64(m_window->winId())));
        return;
    }
    m_window->setUrl(url);
    if (verb == "open")
        m_window->bringToFront();
}

void DashboardHost::send(const QByteArray &line)
{
    m_socket->write(line + '\n');
    m_socket->flush();
}
