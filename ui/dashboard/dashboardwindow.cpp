#include "dashboardwindow.h"

#include "dashboard/dashboardpage.h"

#include <QCoreApplication>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

DashboardWindow::DashboardWindow(const QUrl &url, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Codex Bridge — Dashboard"));
    resize(1100, 760);
    // Off the record: the dashboard keeps nothing on disk (no cache, no cookies, no local storage).
    m_profile = new QWebEngineProfile(this);
    m_view = new QWebEngineView(this);
    auto *page = new DashboardPage(m_profile, m_view);
    m_view->setPage(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_loaded = ok;
        Q_EMIT loadFinished(ok);
    });
    connect(m_view, &QWebEngineView::titleChanged, this, [this](const QString &title) {
        if (!title.isEmpty())
            setWindowTitle(title);
    });
    setUrl(url);
}

DashboardWindow::~DashboardWindow()
{
    // The page (owned by the view) must go before the profile it uses.
    delete m_view;
}

void DashboardWindow::prepareApplication()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
#if defined(Q_OS_UNIX)
    // Qt WebEngine refuses to run as root with its sandbox on.
    if (geteuid() == 0) {
        QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
        if (!flags.contains("--no-sandbox")) {
            flags += flags.isEmpty() ? "--no-sandbox" : " --no-sandbox";
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
        }
    }
#endif
}

void DashboardWindow::setUrl(const QUrl &url)
{
    if (url == m_url)
        return;
    m_url = url;
    m_loaded = false;
    static_cast<DashboardPage *>(m_view->page())->setOrigin(url);
    m_view->setUrl(url);
}

void DashboardWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}
