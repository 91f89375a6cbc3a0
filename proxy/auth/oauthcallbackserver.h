#pragma once

#include "auth/oauthcallbackresult.h"
#include "http/httphandler.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class HttpServer;
class HttpResponder;

// The one-shot listener for the redirect back from the OAuth server: http://localhost:<port>/auth/callback on
// 127.0.0.1, ports tried in order (1455, then 1457). It checks `state`, reports what came back, and answers the
// browser with a small self-contained HTML page.
//
// A code is reported with callbackReceived() and the browser's request is held open until finish() says whether
// the sign-in worked (so the page tells the truth). A wrong state or an `error=` reply is answered at once with
// an error page and reported too. Anything else (favicon, a callback without code) gets 404/400 and is ignored.
// After finish() or cancel() the listener closes once the page went out.
class OAuthCallbackServer : public QObject, private HttpHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthCallbackServer)

public:
    explicit OAuthCallbackServer(QObject *parent = nullptr);
    ~OAuthCallbackServer() override;

    // Listens on 127.0.0.1 at the first free port of `ports` (0 = any free port). False with a translated
    // errorString() naming the ports when none could be used.
    bool listen(const QList<quint16> &ports);
    bool isListening() const;
    quint16 port() const;
    // http://localhost:<port()>/auth/callback
    QString redirectUri() const;
    QString errorString() const { return m_errorString; }

    // The state sent in the authorize URL; a callback with another state is refused.
    void setExpectedState(const QByteArray &state) { m_expectedState = state; }

    // Answers the held browser request ("Signed in to Codex Bridge - you can close this tab", or `errorMessage`)
    // and closes the listener.
    void finish(bool success, const QString &errorMessage = {});
    // Stops at once: a held request is told the sign-in was cancelled; the listener is closed.
    void cancel();

    // The HTML page sent to the browser (exposed for tests).
    static QByteArray page(bool success, const QString &detail);

Q_SIGNALS:
    // Emitted once per callback that carried a code, a wrong state or an error (not for stray requests).
    void callbackReceived(const OAuthCallbackResult &result);

private:
    void handleRequest(const HttpRequest &request, HttpResponder *responder) override;
    QByteArray protocolErrorBody(const QByteArray &path, int status, const QString &message) override;
    void answer(HttpResponder *responder, int status, bool success, const QString &detail);
    void closeSoon();

    HttpServer *m_server;
    QByteArray m_expectedState;
    QPointer<HttpResponder> m_heldResponder;
    bool m_done = false; // a code or a failure was reported: later callbacks are refused
    QString m_errorString;
};
