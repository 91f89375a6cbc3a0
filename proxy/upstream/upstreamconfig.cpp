#include "upstreamconfig.h"

#include <QSysInfo>
#include <QUrlQuery>

UpstreamConfig UpstreamConfig::fromEnvironment()
{
    UpstreamConfig config;
    const QString fromEnv = qEnvironmentVariable(BaseUrlEnvVar).trimmed();
    if (!fromEnv.isEmpty())
        config.baseUrl = QUrl(fromEnv);
    // Timeouts can be shortened so that tests of a stalling upstream take seconds, not minutes.
    bool ok = false;
    if (const int ms = qEnvironmentVariableIntValue(ConnectTimeoutEnvVar, &ok); ok && ms > 0)
        config.connectTimeoutMs = ms;
    if (const int ms = qEnvironmentVariableIntValue(IdleTimeoutEnvVar, &ok); ok && ms > 0)
        config.idleTimeoutMs = ms;
    return config;
}

QUrl UpstreamConfig::joined(const QUrl &base, const QString &suffix)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + suffix);
    return url;
}

QUrl UpstreamConfig::responsesUrl() const
{
    return joined(baseUrl, QStringLiteral("/responses"));
}

QUrl UpstreamConfig::modelsUrl() const
{
    QUrl url = joined(baseUrl, QStringLiteral("/models"));
    url.setQuery(QUrlQuery{{QStringLiteral("client_version"), QString::fromLatin1(CodexClientVersion)}});
    return url;
}

QUrl UpstreamConfig::usageUrl() const
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/codex")))
        path.chop(6);
    url.setPath(path + QStringLiteral("/wham/usage"));
    return url;
}

QByteArray UpstreamConfig::userAgent()
{
    // Same shape as the official CLI: codex_cli_rs/<version> (<os> <os-version>; <arch>)
    static const QByteArray ua = QByteArray(Originator) + '/' + CodexClientVersion + " ("
        + QSysInfo::productType().toUtf8() + ' ' + QSysInfo::productVersion().toUtf8() + "; "
        + QSysInfo::currentCpuArchitecture().toUtf8() + ')';
    return ua;
}
