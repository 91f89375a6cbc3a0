#include "dashboardpage.h"

#include "uilogging.h"

#include <QDesktopServices>

DashboardPage::DashboardPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

bool DashboardPage::isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}

bool DashboardPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame || isSameOrigin(url, m_origin))
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    // The page follows the proxy when its port changes (it navigates to the same host, another port).
    if (url.scheme() == m_origin.scheme() && url.host() == m_origin.host()) {
        m_origin = url;
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    }
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        QDesktopServices::openUrl(url);
    return false;
}

QWebEnginePage *DashboardPage::createWindow(WebWindowType)
{
    // window.open() / target=_blank: a throw-away page whose first navigation goes to the browser.
    auto *popup = new QWebEnginePage(profile(), this);
    connect(popup, &QWebEnginePage::urlChanged, popup, [popup](const QUrl &url) {
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
        popup->deleteLater();
    });
    return popup;
}

void DashboardPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                             int lineNumber, const QString &sourceID)
{
    // The page never logs secrets; errors are worth seeing when something looks wrong.
    if (level == ErrorMessageLevel)
        qCWarning(lcUi).noquote() << "dashboard:" << sourceID << lineNumber << message;
    else
        qCDebug(lcUi).noquote() << "dashboard:" << sourceID << lineNumber << message;
}
