#include "proxyoptions.h"

#include "core/proxysettings.h"

#include <QCoreApplication>

ProxyOptions::ProxyOptions()
    : m_host(QStringLiteral("host"),
             QCoreApplication::translate("ServeCommand", "Address to listen on (default 127.0.0.1)."),
             QStringLiteral("address"))
    , m_port(QStringLiteral("port"),
             QCoreApplication::translate("ServeCommand", "Port to listen on (default 8081; 0 picks a free one)."),
             QStringLiteral("port"))
    , m_clientKey(QStringLiteral("client-key"),
                  QCoreApplication::translate("ServeCommand",
                                              "Key clients must send (x-api-key or Authorization: Bearer). "
                                              "Required when listening on a non-loopback address. "
                                              "Also CODEX_BRIDGE_CLIENT_KEY."),
                  QStringLiteral("key"))
{
}

void ProxyOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_host, m_port, m_clientKey});
}

bool ProxyOptions::apply(const QCommandLineParser &parser, ProxySettings *settings, QString *error) const
{
    if (parser.isSet(m_host))
        settings->host = parser.value(m_host);
    if (parser.isSet(m_port)) {
        bool ok = false;
        const uint port = parser.value(m_port).toUInt(&ok);
        if (!ok || port > 65535) {
            *error = QCoreApplication::translate("ServeCommand", "Invalid port: %1").arg(parser.value(m_port));
            return false;
        }
        settings->port = quint16(port);
    }
    if (parser.isSet(m_clientKey))
        settings->clientKey = parser.value(m_clientKey);
    else if (qEnvironmentVariableIsSet("CODEX_BRIDGE_CLIENT_KEY"))
        settings->clientKey = qEnvironmentVariable("CODEX_BRIDGE_CLIENT_KEY");
    if (!ProxySettings::isLoopbackHost(settings->host) && settings->clientKey.isEmpty()) {
        *error = QCoreApplication::translate("ServeCommand",
                                             "Refusing to listen on %1 without a client key: anyone who can reach "
                                             "this address could use your ChatGPT subscription. Set one with "
                                             "--client-key or CODEX_BRIDGE_CLIENT_KEY.")
                     .arg(settings->host);
        return false;
    }
    return true;
}
