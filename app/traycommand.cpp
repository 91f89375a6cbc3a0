#include "traycommand.h"

#include "applicationinfo.h"
#include "auth/accountstore.h"
#include "core/proxysettings.h"
#include "proxyoptions.h"
#include "signalwatcher.h"
#include "trayapplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>

bool TrayCommand::isTrayInvocation(const char *firstArgument)
{
    if (!firstArgument)
        return true;
    // Options only: "--host", "--port=9000", ... (but not --help or --version, which main answers).
    return std::strncmp(firstArgument, "--host", 6) == 0 || std::strncmp(firstArgument, "--port", 6) == 0
        || std::strncmp(firstArgument, "--client-key", 12) == 0;
}

int TrayCommand::run(int argc, char *argv[])
{
    QString why;
    if (!TrayApplication::hasDesktopSession(&why)) {
        QTextStream(stderr) << why << '\n'
                            << QCoreApplication::translate("TrayCommand",
                                                           "To run the proxy without a user interface, use: "
                                                           "codex-bridge serve")
                            << '\n';
        return 1;
    }
    QApplication app(argc, argv);
    ApplicationInfo::apply();
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setApplicationDisplayName(QStringLiteral("Codex Bridge"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.codexbridge.CodexBridge"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("TrayCommand", "Codex Bridge in the system tray."));
    parser.addHelpOption();
    const ProxyOptions proxyOptions;
    proxyOptions.addTo(&parser);
    parser.process(app);

    const QString configDir = AccountStore::defaultConfigDir();
    ProxySettings settings;
    if (!settings.load(configDir))
        QTextStream(stderr) << settings.errorString() << Qt::endl;
    QString error;
    if (!proxyOptions.apply(parser, &settings, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }

    TrayApplication tray(settings, configDir);
    if (!tray.start())
        return 0; // the running instance shows itself
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, [] { QCoreApplication::quit(); });
    const int result = QApplication::exec();
    tray.stop();
    return result;
}
