#include "auth/oauthconfig.h"

#include "core/loggingcategories.h"

#include <QPair>

OAuthConfig OAuthConfig::fromEnvironment()
{
    OAuthConfig config;
    const QString issuer = qEnvironmentVariable("CODEX_BRIDGE_AUTH_URL").trimmed();
    if (!issuer.isEmpty()) {
        const QUrl url(issuer, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            && !url.host().isEmpty()) {
            config.issuer = issuer;
            while (config.issuer.endsWith(QLatin1Char('/')))
                config.issuer.chop(1);
        } else {
            qCWarning(lcAuth) << "Ignoring CODEX_BRIDGE_AUTH_URL: not an http(s) URL";
        }
    }
    const QString ports = qEnvironmentVariable("CODEX_BRIDGE_OAUTH_CALLBACK_PORT").trimmed();
    if (!ports.isEmpty()) {
        QList<quint16> parsed;
        bool allValid = true;
        for (const QString &part : ports.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const uint port = part.trimmed().toUInt(&ok);
            if (!ok || port > 65535) {
                allValid = false;
                break;
            }
            parsed.append(quint16(port));
        }
        if (allValid && !parsed.isEmpty())
            config.callbackPorts = parsed;
        else
            qCWarning(lcAuth) << "Ignoring CODEX_BRIDGE_OAUTH_CALLBACK_PORT: expected PORT or PORT,PORT";
    }
    return config;
}

QString OAuthConfig::redirectUri(quint16 port)
{
    return QStringLiteral("http://localhost:%1/auth/callback").arg(port);
}

QUrl OAuthConfig::authorizeUrl(const QString &redirectUri, const QByteArray &codeChallenge,
                               const QByteArray &state) const
{
    const QPair<const char *, QByteArray> params[] = {
        {"response_type", QByteArrayLiteral("code")},
        {"client_id", clientId.toUtf8()},
        {"redirect_uri", redirectUri.toUtf8()},
        {"scope", scope.toUtf8()},
        {"code_challenge", codeChallenge},
        {"code_challenge_method", QByteArrayLiteral("S256")},
        {"id_token_add_organizations", QByteArrayLiteral("true")},
        {"codex_cli_simplified_flow", QByteArrayLiteral("true")},
        {"state", state},
        {"originator", originator.toUtf8()},
        {"prompt", QByteArrayLiteral("login")},
    };
    QByteArray query;
    for (const auto &[name, value] : params) {
        if (!query.isEmpty())
            query += '&';
        query += name;
        query += '=';
        query += QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    return QUrl::fromEncoded(issuer.toUtf8() + "/oauth/authorize?" + query, QUrl::StrictMode);
}

QUrl OAuthConfig::tokenUrl() const
{
    return QUrl(issuer + QStringLiteral("/oauth/token"));
}
