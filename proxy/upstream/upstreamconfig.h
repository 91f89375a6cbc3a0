#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Everything the proxy needs to know about the Codex backend in one place (codex-protocol.md sections 1-2), so
// that a change of the backend is a one-line fix here.
class UpstreamConfig
{
public:
    static constexpr auto DefaultBaseUrl = "https://chatgpt.com/backend-api/codex";
    static constexpr auto BaseUrlEnvVar = "CODEX_BRIDGE_UPSTREAM_URL";
    static constexpr auto ConnectTimeoutEnvVar = "CODEX_BRIDGE_UPSTREAM_CONNECT_TIMEOUT_MS";
    static constexpr auto IdleTimeoutEnvVar = "CODEX_BRIDGE_UPSTREAM_IDLE_TIMEOUT_MS";
    // The Codex CLI version we present as. The backend gates newer models on it (minimal_client_version in the
    // model catalogue), so keep it at or above the newest model's requirement.
    static constexpr auto CodexClientVersion = "0.144.0";
    static constexpr auto Originator = "codex_cli_rs";

    QUrl baseUrl = QUrl(QString::fromLatin1(DefaultBaseUrl));
    int maxRetries = 3;                // before the first byte reached the client
    int retryBaseDelayMs = 250;        // doubled per attempt
    int connectTimeoutMs = 30'000;     // until response headers arrive
    int idleTimeoutMs = 300'000;       // no byte for this long while streaming: fail the stream
    qint64 maxEventBytes = 256ll * 1024 * 1024;

    // Base URL from CODEX_BRIDGE_UPSTREAM_URL, else the default; the timeouts from the *_TIMEOUT_MS variables.
    static UpstreamConfig fromEnvironment();

    QUrl responsesUrl() const;
    QUrl modelsUrl() const;  // with ?client_version=
    QUrl usageUrl() const;   // {base minus /codex}/wham/usage
    static QByteArray userAgent();
    // `base` with `suffix` ("/models") appended to its path, without doubling a trailing slash.
    static QUrl joined(const QUrl &base, const QString &suffix);
};
