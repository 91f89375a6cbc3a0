#pragma once

#include <QtGlobal>

struct HttpServerLimits
{
    qint64 maxBodyBytes = 32ll * 1024 * 1024;   // larger bodies -> 413
    int maxHeaderBytes = 64 * 1024;              // request line + headers; larger -> 431
    int headerTimeoutMs = 20'000;                // whole header must arrive within this (slowloris) -> 408 + close
    int bodyIdleTimeoutMs = 30'000;              // no body byte for this long -> 408 + close
    int keepAliveIdleTimeoutMs = 120'000;        // idle keep-alive connection closed silently
    int maxConnections = 2048;                   // more -> 503 + close
    qint64 highWaterBytes = 4ll * 1024 * 1024;   // pending output above this: responder reports backpressure
    qint64 lowWaterBytes = 256 * 1024;           // drained() once pending output falls below this

    static constexpr auto HeaderTimeoutEnvVar = "CODEX_BRIDGE_HEADER_TIMEOUT_MS";
    static constexpr auto BodyIdleTimeoutEnvVar = "CODEX_BRIDGE_BODY_TIMEOUT_MS";
    static constexpr auto KeepAliveTimeoutEnvVar = "CODEX_BRIDGE_KEEPALIVE_TIMEOUT_MS";
    static constexpr auto MaxConnectionsEnvVar = "CODEX_BRIDGE_MAX_CONNECTIONS";

    // The defaults, with the timeouts and the connection limit overridden by the variables above (positive
    // integers only), so that tests of slow clients take seconds.
    static HttpServerLimits fromEnvironment();
};
