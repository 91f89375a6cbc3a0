#pragma once

#include <QByteArray>
#include <QObject>

class HttpRequest;
class HttpResponder;
class ManagementApi;
class RequestGuard;
class RequestLog;
class RequestLogFeed;
class SettingsApi;

// Everything the dashboard needs besides the /accounts routes, behind one hook in ApiRouter:
//   GET /, /app.js, /style.css, /favicon.svg   the page (DashboardAssets), open to anyone who may reach the proxy;
//   GET /requests/recent[?limit=N]               the last finished requests, newest first;
//   GET /requests/stream                         the same, live, as Server-Sent Events (RequestLogFeed);
//   GET|POST /settings                           SettingsApi.
// The data routes are authorised exactly like the management routes (ManagementApi::authorize): the management
// key, or a same-origin request of the page itself.
class DashboardRoutes : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardRoutes)

public:
    static constexpr int DefaultRecentLimit = 200;

    // Takes ownership of `settings`. `management` must outlive this object.
    DashboardRoutes(ManagementApi *management, SettingsApi *settings, QObject *parent = nullptr);

    static bool handlesPath(const QByteArray &path);
    // RequestGuard::check() must already have passed.
    void handleRequest(const HttpRequest &request, HttpResponder *responder, const RequestGuard &guard);

    RequestLog *requestLog() const { return m_log; }
    RequestLogFeed *feed() const { return m_feed; }

private:
    void recent(const HttpRequest &request, HttpResponder *responder);
    void stream(const HttpRequest &request, HttpResponder *responder);

    ManagementApi *m_management;
    SettingsApi *m_settings;
    RequestLog *m_log;
    RequestLogFeed *m_feed;
};
