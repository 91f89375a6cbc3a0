#pragma once

#include "core/apierror.h"

#include <QString>

#include <optional>

class HttpRequest;

// Decides whether a request may use the proxy at all. A web page must never be able to: browsers attach an
// Origin header to cross-origin requests (CSRF) and a DNS-rebinding page reaches us under its own host name, so
//  - a request with an Origin (or Sec-Fetch-Site: cross-site) that is not this server's own origin is refused;
//  - without a client key, the Host header must name a loopback address or "localhost";
//  - with a client key configured, every API request must carry it (x-api-key or Authorization: Bearer).
class RequestGuard
{
public:
    struct Config
    {
        quint16 port = 0;
        QString clientKey;
    };

    explicit RequestGuard(Config config);

    // nullopt when allowed, else the error to answer with (403, or 401 for a missing/wrong client key).
    std::optional<ApiError> check(const HttpRequest &request, bool requiresClientKey) const;

    static bool isLoopbackHostHeader(const QByteArray &hostHeader);
    bool isOwnOrigin(const QByteArray &origin) const;
    // For secrets presented by clients (client key, management key).
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    Config m_config;
};
