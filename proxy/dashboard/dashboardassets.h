#pragma once

#include "http/httpresponder.h"

#include <QByteArray>
#include <QHash>

class HttpRequest;

// The dashboard's static files (resources/dashboard/, compiled in with qt_add_resources under :/dashboard/),
// served at / (index.html), /app.js, /style.css and /favicon.svg. Every answer carries headers that keep the page
// to itself: a Content-Security-Policy allowing only its own scripts, styles and connections, no framing
// (frame-ancestors 'none', X-Frame-Options DENY), nosniff, no referrer, and no caching (the files change with the
// binary).
class DashboardAssets
{
public:
    static bool handlesPath(const QByteArray &path);
    static void serve(const HttpRequest &request, HttpResponder *responder);

    // The headers above, for the page and for the dashboard's data routes alike.
    static HttpHeaderList securityHeaders();
    static QByteArray contentSecurityPolicy();

private:
    struct Asset
    {
        QByteArray resource;
        QByteArray contentType;
    };
    static const QHash<QByteArray, Asset> &assets();
};
