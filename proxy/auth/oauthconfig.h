#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// The fixed parameters of the ChatGPT sign-in (codex-protocol.md section 7) and the URLs built from them.
// The issuer is overridable (CODEX_BRIDGE_AUTH_URL) so tests can use a fake OAuth server.
class OAuthConfig
{
public:
    static constexpr quint16 DefaultCallbackPort = 1455;
    static constexpr quint16 FallbackCallbackPort = 1457;

    QString issuer = QStringLiteral("https://auth.openai.com"); // no trailing slash
    QString clientId = QStringLiteral("app_EMoamEEZ73f0CkXaXp7hrann");
    QString scope = QStringLiteral("openid profile email offline_access");
    QString originator = QStringLiteral("codex_cli_rs");
    // Ports tried in order for the callback listener. Only 1455 and 1457 are registered redirect URIs at
    // auth.openai.com; 0 (any free port) is for tests.
    QList<quint16> callbackPorts = {DefaultCallbackPort, FallbackCallbackPort};

    // Defaults, with CODEX_BRIDGE_AUTH_URL as issuer and CODEX_BRIDGE_OAUTH_CALLBACK_PORT ("PORT" or
    // "PORT,PORT,...") as callback ports when set. Invalid values are ignored (with a warning).
    static OAuthConfig fromEnvironment();

    // http://localhost:<port>/auth/callback
    static QString redirectUri(quint16 port);
    // <issuer>/oauth/authorize?response_type=code&client_id=..&redirect_uri=..&scope=..&code_challenge=..
    //   &code_challenge_method=S256&id_token_add_organizations=true&codex_cli_simplified_flow=true&state=..
    //   &originator=codex_cli_rs&prompt=login
    // Every value is percent-encoded (spaces as %20), in this order.
    QUrl authorizeUrl(const QString &redirectUri, const QByteArray &codeChallenge, const QByteArray &state) const;
    // <issuer>/oauth/token
    QUrl tokenUrl() const;
};
