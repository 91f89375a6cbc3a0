#include "dashboardwindow.h"

#include <QDesktopServices>
#include <QIcon>
#include <QVBoxLayout>

#if defined(CODEXBRIDGE_HAVE_WEBENGINE)
#include "dashboard/dashboardpage.h"

#include <QWebEngineProfile>
#include <QWebEngineView>
#endif

DashboardWindow::DashboardWindow(const QUrl &url, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Codex Bridge — Dashboard"));
    resize(1100, 760);
#if defined(CODEXBRIDGE_HAVE_WEBENGINE)
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
#endif
    setUrl(url);
}

DashboardWindow::~DashboardWindow()
{
#if defined(CODEXBRIDGE_HAVE_WEBENGINE)
    // The page (owned by the view) must go before the profile it uses.
    delete m_view;
#endif
}

bool DashboardWindow::isEmbedded()
{
#if defined(CODEXBRIDGE_HAVE_WEBENGINE)
    return true;
#else
    return false;
#endif
}

void DashboardWindow::setUrl(const QUrl &url)
{
    if (url == m_url)
        return;
    m_url = url;
    m_loaded = false;
#if defined(CODEXBRIDGE_HAVE_WEBENGINE)
    static_cast<DashboardPage *>(m_view->page())->setOrigin(url);
    m_view->setUrl(url);
#endif
}

void DashboardWindow::bringToFront()
{
#if defined(CODEXBRIDGE_HAVE_WEBENGINE)
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
#else
    QDesktopServices::openUrl(m_url);
#endif
}
