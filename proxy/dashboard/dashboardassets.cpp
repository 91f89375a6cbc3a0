#include "dashboardassets.h"

#include "core/apierror.h"
#include "core/loggingcategories.h"
#include "http/httprequest.h"

#include <QCoreApplication>
#include <QFile>

const QHash<QByteArray, DashboardAssets::Asset> &DashboardAssets::assets()
{
    static const QHash<QByteArray, Asset> table{
        {"/", {":/dashboard/index.html", "text/html; charset=utf-8"}},
        {"/index.html", {":/dashboard/index.html", "text/html; charset=utf-8"}},
        {"/app.js", {":/dashboard/app.js", "text/javascript; charset=utf-8"}},
        {"/style.css", {":/dashboard/style.css", "text/css; charset=utf-8"}},
        {"/favicon.svg", {":/dashboard/favicon.svg", "image/svg+xml"}},
    };
    return table;
}

bool DashboardAssets::handlesPath(const QByteArray &path)
{
    return assets().contains(path);
}

QByteArray DashboardAssets::contentSecurityPolicy()
{
    return QByteArrayLiteral("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                             "connect-src 'self'; font-src 'none'; object-src 'none'; base-uri 'none'; "
                             "form-action 'none'; frame-ancestors 'none'");
}

HttpHeaderList DashboardAssets::securityHeaders()
{
    return {{QByteArrayLiteral("content-security-policy"), contentSecurityPolicy()},
            {QByteArrayLiteral("x-frame-options"), QByteArrayLiteral("DENY")},
            {QByteArrayLiteral("x-content-type-options"), QByteArrayLiteral("nosniff")},
            {QByteArrayLiteral("referrer-policy"), QByteArrayLiteral("no-referrer")},
            {QByteArrayLiteral("cross-origin-opener-policy"), QByteArrayLiteral("same-origin")},
            {QByteArrayLiteral("cross-origin-resource-policy"), QByteArrayLiteral("same-origin")},
            {QByteArrayLiteral("cache-control"), QByteArrayLiteral("no-store")}};
}

void DashboardAssets::serve(const HttpRequest &request, HttpResponder *responder)
{
    const Asset asset = assets().value(request.path);
    if (request.method != "GET" && request.method != "HEAD") {
        HttpHeaderList headers = securityHeaders();
        headers.append({QByteArrayLiteral("allow"), QByteArrayLiteral("GET, HEAD")});
        responder->send(405, QByteArrayLiteral("application/json"),
                        ApiError(405, QStringLiteral("invalid_request_error"),
                                 QCoreApplication::translate("DashboardAssets", "Method %1 is not allowed on %2.")
                                     .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)))
                            .toAnthropicJson(),
                        headers);
        return;
    }
    QFile file(QString::fromLatin1(asset.resource));
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a broken build gets here: the files are compiled in.
        qCWarning(lcDashboard).noquote() << "dashboard resource missing:" << QString::fromLatin1(asset.resource);
        responder->send(500, QByteArrayLiteral("application/json"),
                        ApiError(500, QCoreApplication::translate("DashboardAssets", "The dashboard is missing from "
                                                                                   "this build."))
                            .toAnthropicJson(),
                        securityHeaders());
        return;
    }
    responder->send(200, asset.contentType, file.readAll(), securityHeaders());
}
