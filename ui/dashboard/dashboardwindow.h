#pragma once

#include <QUrl>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

// The dashboard the proxy serves at "/", in an application window (Qt WebEngine). It lives in the dashboard
// window's own process (codex-bridge-dashboard, see DashboardProcess), never in the tray's. Pages of other sites
// (the ChatGPT sign-in the page links to) open in the user's browser, never here.
class DashboardWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWindow)

public:
    explicit DashboardWindow(const QUrl &url, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // What Qt WebEngine needs before QApplication exists: a shared OpenGL context, and no sandbox as root.
    static void prepareApplication();

    // Loads `url` when it differs from the page shown (the proxy moved to another port).
    void setUrl(const QUrl &url);
    QUrl url() const { return m_url; }
    void bringToFront();
    // True once the page has finished loading successfully.
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loadFinished(bool ok);

private:
    QUrl m_url;
    bool m_loaded = false;
    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
};
