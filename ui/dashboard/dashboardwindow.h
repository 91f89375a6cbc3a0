#pragma once

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

// The dashboard the proxy serves at "/", in an application window (Qt WebEngine). One window, reused: opening it
// again brings it forward. Without Qt WebEngine in the build, the page opens in the user's browser instead.
// Pages of other sites (the ChatGPT sign-in the page links to) open in the user's browser, never here.
class DashboardWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWindow)

public:
    explicit DashboardWindow(const QUrl &url, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    static bool isEmbedded();
    // Loads `url` when it differs from the page shown (the proxy moved to another port).
    void setUrl(const QUrl &url);
    QUrl url() const { return m_url; }
    void bringToFront();
    // True once the page has finished loading successfully (for tests).
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loadFinished(bool ok);

private:
    QUrl m_url;
    bool m_loaded = false;
#if defined(CODEXBRIDGE_HAVE_WEBENGINE)
    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
#endif
};
