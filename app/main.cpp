#include "accountscommand.h"
#include "applicationinfo.h"
#include "claudecommand.h"
#include "servecommand.h"
#include "traycommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
QString usage()
{
    return QCoreApplication::translate("main",
                                       "Usage: codex-bridge [command] [options]\n"
                                       "\n"
                                       "Without a command: the tray application [--host ADDRESS] [--port PORT]\n"
                                       "\n"
                                       "Commands:\n"
                                       "  serve [--host ADDRESS] [--port PORT] [--client-key KEY]\n"
                                       "                       run the proxy (default http://127.0.0.1:8081)\n"
                                       "  accounts add [--no-browser] | import [PATH] | list | switch EMAIL\n"
                                       "           | remove EMAIL | clear | quota\n"
                                       "                       manage ChatGPT accounts\n"
                                       "  claude on | off | status [--host ADDRESS] [--port PORT] [--client-key KEY]\n"
                                       "                       point Claude Code (~/.claude/settings.json) at this\n"
                                       "                       proxy, or restore its previous settings\n"
                                       "  --version            print the version\n"
                                       "  --help               this help\n");
}
} // namespace

int main(int argc, char *argv[])
{
    if (TrayCommand::isTrayInvocation(argc > 1 ? argv[1] : nullptr))
        return TrayCommand::run(argc, argv);
    QCoreApplication app(argc, argv);
    ApplicationInfo::apply();

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    QTextStream out(stdout);
    if (command == QLatin1String("--version") || command == QLatin1String("-v") || command == QLatin1String("version")) {
        out << "codex-bridge " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("serve"))
        return ServeCommand::run(args);
    if (command == QLatin1String("accounts"))
        return AccountsCommand::run(args);
    if (command == QLatin1String("claude"))
        return ClaudeCommand::run(args);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    QTextStream(stderr) << QCoreApplication::translate("main", "Unknown command: %1").arg(command) << "\n\n" << usage();
    return 2;
}
