#include "servecommand.h"

#include "auth/accountstore.h"
#include "core/proxysettings.h"
#include "server/proxyservice.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int ServeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ServeCommand", "Run the proxy without a user interface."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("serve"), QCoreApplication::translate("ServeCommand", "Run the proxy."));
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QCoreApplication::translate("ServeCommand", "Address to listen on (default 127.0.0.1)."),
                                        QStringLiteral("address"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QCoreApplication::translate("ServeCommand", "Port to listen on (default 8081; 0 picks a free one)."),
                                        QStringLiteral("port"));
    const QCommandLineOption keyOption(QStringLiteral("client-key"),
                                       QCoreApplication::translate("ServeCommand", "Key clients must send (x-api-key or Authorization: Bearer). "
                                                                                   "Required when listening on a non-loopback address. "
                                                                                   "Also CODEX_BRIDGE_CLIENT_KEY."),
                                       QStringLiteral("key"));
    parser.addOptions({hostOption, portOption, keyOption});
    parser.process(arguments);

    QTextStream err(stderr);
    const QString configDir = AccountStore::defaultConfigDir();
    ProxySettings settings;
    if (!settings.load(configDir))
        err << settings.errorString() << Qt::endl;
    for (const QString &warning : settings.warnings())
        err << warning << Qt::endl;
    if (parser.isSet(hostOption))
        settings.host = parser.value(hostOption);
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port > 65535) {
            err << QCoreApplication::translate("ServeCommand", "Invalid port: %1").arg(parser.value(portOption)) << Qt::endl;
            return 2;
        }
        settings.port = quint16(port);
    }
    if (parser.isSet(keyOption))
        settings.clientKey = parser.value(keyOption);
    else if (qEnvironmentVariableIsSet("CODEX_BRIDGE_CLIENT_KEY"))
        settings.clientKey = qEnvironmentVariable("CODEX_BRIDGE_CLIENT_KEY");
    if (!ProxySettings::isLoopbackHost(settings.host) && settings.clientKey.isEmpty()) {
        err << QCoreApplication::translate("ServeCommand",
                                           "Refusing to listen on %1 without a client key: anyone who can reach this "
                                           "address could use your ChatGPT subscription. Set one with --client-key "
                                           "or CODEX_BRIDGE_CLIENT_KEY.")
                   .arg(settings.host)
            << Qt::endl;
        return 2;
    }

    ProxyService service(settings);
    SignalWatcher signalWatcher;
    int exitCode = 0;
    QObject::connect(&service, &ProxyService::started, [](const QString &url) {
        QTextStream out(stdout);
        // Machine-readable (scripts and tests wait for it), so not translated.
        out << "listening on " << url << Qt::endl;
    });
    QObject::connect(&service, &ProxyService::startFailed, [&exitCode](const QString &error) {
        QTextStream(stderr) << error << Qt::endl;
        exitCode = 1;
        QCoreApplication::exit(1);
    });
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, [](int) { QCoreApplication::quit(); });
    service.start();
    const int loopResult = QCoreApplication::exec();
    service.stop();
    return exitCode ? exitCode : loopResult;
}
