#include "requestguard.h"

#include "core/proxysettings.h"
#include "http/httprequest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

namespace {
// Host header without the port: "localhost:8081" -> "localhost", "[::1]:8081" -> "[::1]".
QString hostPart(const QByteArray &hostHeader)
{
    const QString host = QString::fromLatin1(hostHeader).trimmed();
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype end = host.indexOf(QLatin1Char(']'));
        return end < 0 ? host : host.left(end + 1);
    }
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? host : host.left(colon);
}

} // namespace

bool RequestGuard::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Compare digests so neither length nor content leaks through timing.
    const QByteArray da = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray db = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < da.size(); ++i)
        diff |= static_cast<unsigned char>(da[i] ^ db[i]);
    return diff == 0;
}

RequestGuard::RequestGuard(Config config)
    : m_config(std::move(config))
{
}

bool RequestGuard::isLoopbackHostHeader(const QByteArray &hostHeader)
{
    const QString host = hostPart(hostHeader);
    return !host.isEmpty() && ProxySettings::isLoopbackHost(host);
}

bool RequestGuard::isOwnOrigin(const QByteArray &origin) const
{
    const QUrl url(QString::fromLatin1(origin));
    if (!url.isValid() || url.scheme() != QLatin1String("http"))
        return false;
    if (url.port(80) != m_config.port)
        return false;
    return ProxySettings::isLoopbackHost(url.host());
}

std::optional<ApiError> RequestGuard::check(const HttpRequest &request, bool requiresClientKey) const
{
    const QByteArray origin = request.header("origin");
    if (!origin.isEmpty() && !isOwnOrigin(origin)) {
        return ApiError(403, QCoreApplication::translate("RequestGuard",
                                                         "Requests from web pages are not allowed (Origin %1).")
                                 .arg(QString::fromLatin1(origin.left(200))));
    }
    if (origin.isEmpty() && request.header("sec-fetch-site") == "cross-site") {
        return ApiError(403, QCoreApplication::translate("RequestGuard", "Cross-site requests are not allowed."));
    }
    if (m_config.clientKey.isEmpty()) {
        const QByteArray host = request.header("host");
        if (host.isEmpty() && request.versionMinor >= 1)
            return ApiError(400, QCoreApplication::translate("RequestGuard", "The Host header is missing."));
        if (!host.isEmpty() && !isLoopbackHostHeader(host)) {
            return ApiError(403, QCoreApplication::translate("RequestGuard",
                                                             "Host %1 is not this proxy; use http://127.0.0.1 or "
                                                             "http://localhost.")
                                     .arg(QString::fromLatin1(host.left(200))));
        }
        return std::nullopt;
    }
    if (!requiresClientKey)
        return std::nullopt;
    QByteArray presented = request.header("x-api-key");
    if (presented.isEmpty()) {
        const QByteArray authorization = request.header("authorization");
        if (authorization.size() > 7 && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
            presented = authorization.mid(7).trimmed();
    }
    if (presented.isEmpty() || !constantTimeEquals(presented, m_config.clientKey.toUtf8())) {
        return ApiError(401, QCoreApplication::translate("RequestGuard",
                                                         "This proxy requires its client key (x-api-key or "
                                                         "Authorization: Bearer)."));
    }
    return std::nullopt;
}
