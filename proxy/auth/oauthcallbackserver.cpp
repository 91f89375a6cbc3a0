#include "auth/oauthcallbackserver.h"

#include "auth/oauthconfig.h"
#include "core/loggingcategories.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpserver.h"

#include <QTimer>
#include <QUrlQuery>

namespace {
HttpServerLimits callbackLimits()
{
    HttpServerLimits limits;
    limits.maxBodyBytes = 64 * 1024; // a GET callback has no body
    limits.maxConnections = 32;
    limits.keepAliveIdleTimeoutMs = 10'000;
    return limits;
}
} // namespace

OAuthCallbackServer::OAuthCallbackServer(QObject *parent)
    : QObject(parent)
    , m_server(new HttpServer(this, callbackLimits(), this))
{
}

OAuthCallbackServer::~OAuthCallbackServer()
{
    m_server->close();
}

bool OAuthCallbackServer::listen(const QList<quint16> &ports)
{
    QStringList tried;
    for (const quint16 port : ports) {
        QString error;
        if (m_server->listen(QHostAddress::LocalHost, port, &error)) {
            qCDebug(lcAuth) << "OAuth callback listening on port" << m_server->serverPort();
            m_errorString.clear();
            return true;
        }
        qCDebug(lcAuth).noquote() << "OAuth callback port" << port << "unavailable:" << error;
        tried.append(QString::number(port));
    }
    m_errorString = tr("Cannot receive the sign-in: the callback port(s) %1 on localhost are in use by another "
                       "program (is another sign-in or the Codex CLI login running?). Close it and try again.")
                        .arg(tried.join(QStringLiteral(", ")));
    return false;
}

bool OAuthCallbackServer::isListening() const
{
    return m_server->isListening();
}

quint16 OAuthCallbackServer::port() const
{
    return m_server->serverPort();
}

QString OAuthCallbackServer::redirectUri() const
{
    return OAuthConfig::redirectUri(port());
}

void OAuthCallbackServer::finish(bool success, const QString &errorMessage)
{
    m_done = true;
    if (m_heldResponder)
        answer(m_heldResponder, success ? 200 : 400, success, errorMessage);
    m_heldResponder.clear();
    closeSoon();
}

void OAuthCallbackServer::cancel()
{
    m_done = true;
    if (m_heldResponder)
        answer(m_heldResponder, 400, false, tr("The sign-in was cancelled."));
    m_heldResponder.clear();
    closeSoon();
}

QByteArray OAuthCallbackServer::page(bool success, const QString &detail)
{
    const QString title = success ? tr("Signed in to Codex Bridge") : tr("Codex Bridge sign-in failed");
    const QString text = success ? tr("You can close this tab and return to Codex Bridge.") : detail;
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
        "<meta name=\"viewport\" content=\"width=device-width\">"
        "<style>body{font-family:system-ui,sans-serif;display:flex;align-items:center;justify-content:center;"
        "height:90vh;margin:0;background:#f6f6f6;color:#222}main{background:#fff;padding:2em 3em;border-radius:12px;"
        "box-shadow:0 2px 12px rgba(0,0,0,.1);max-width:32em}h1{font-size:1.4em;color:%3}</style></head>"
        "<body><main><h1>%1</h1><p>%2</p></main></body></html>")
                             .arg(title.toHtmlEscaped(), text.toHtmlEscaped(),
                                  success ? QStringLiteral("#137333") : QStringLiteral("#b3261e"));
    return html.toUtf8();
}

void OAuthCallbackServer::handleRequest(const HttpRequest &request, HttpResponder *responder)
{
    if (request.path != "/auth/callback" || (request.method != "GET" && request.method != "HEAD")) {
        responder->send(404, "text/plain; charset=utf-8", "Not found\n");
        return;
    }
    if (m_done || m_heldResponder) {
        answer(responder, 409, false, tr("This sign-in has already been handled. Start a new one if needed."));
        return;
    }
    const OAuthCallbackResult result =
        OAuthCallbackResult::fromQuery(QUrlQuery(QString::fromUtf8(request.query)), m_expectedState);
    switch (result.kind) {
    case OAuthCallbackResult::Kind::Code:
        m_heldResponder = responder; // answered by finish() once the code was exchanged
        break;
    case OAuthCallbackResult::Kind::WrongState:
    case OAuthCallbackResult::Kind::Denied:
        m_done = true;
        answer(responder, 400, false, result.message());
        break;
    case OAuthCallbackResult::Kind::Invalid:
        answer(responder, 400, false, result.message());
        return; // stray request: keep waiting for the real one
    }
    Q_EMIT callbackReceived(result);
}

QByteArray OAuthCallbackServer::protocolErrorBody(const QByteArray &, int, const QString &message)
{
    return page(false, message);
}

void OAuthCallbackServer::answer(HttpResponder *responder, int status, bool success, const QString &detail)
{
    responder->send(status, "text/html; charset=utf-8", page(success, detail),
                    {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}});
}

void OAuthCallbackServer::closeSoon()
{
    // HttpServer::close() aborts open connections; give the page a moment to reach the browser first.
    QTimer::singleShot(300, this, [this] { m_server->close(); });
}
