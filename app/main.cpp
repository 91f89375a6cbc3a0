#include "accountscommand.h"
#include "claudecommand.h"
#include "servecommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
QString usage()
{
    return QCoreApplication::translate("main",
                                       "Usage: codex-bridge <command> [options]\n"
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
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("codex-bridge"));
    QCoreApplication::setApplicationName(QStringLiteral("codex-bridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CODEXBRIDGE_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-warning}warning %{endif}"
                                          "%{if-critical}error %{endif}%{category}: %{message}"));

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
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return command.isEmpty() ? 2 : 0;
    }
    QTextStream(stderr) << QCoreApplication::translate("main", "Unknown command: %1").arg(command) << "\n\n" << usage();
    return 2;
}
