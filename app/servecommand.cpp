#include "servecommand.h"

#include "auth/accountstore.h"
#include "core/proxysettings.h"
#include "server/proxyservice.h"
#include "proxyoptions.h"
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
    const ProxyOptions proxyOptions;
    proxyOptions.addTo(&parser);
    parser.process(arguments);

    QTextStream err(stderr);
    const QString configDir = AccountStore::defaultConfigDir();
    ProxySettings settings;
    if (!settings.load(configDir))
        err << settings.errorString() << Qt::endl;
    for (const QString &warning : settings.warnings())
        err << warning << Qt::endl;
    QString optionError;
    if (!proxyOptions.apply(parser, &settings, &optionError)) {
        err << optionError << Qt::endl;
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
