#pragma once

#include <QUrl>
#include <QWebEnginePage>

// The dashboard's page: stays on the proxy's own host (the port may change when the user moves the listener).
// Any other address (a sign-in link, documentation) is handed to the user's browser, whether the page navigates
// to it or opens it in a new window.
class DashboardPage : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    DashboardPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setOrigin(const QUrl &origin) { m_origin = origin; }
    static bool isSameOrigin(const QUrl &a, const QUrl &b);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceID) override;

private:
    QUrl m_origin;
};
