#include "claudecommand.h"

#include "auth/accountstore.h"
#include "claude/claudesettingseditor.h"
#include "core/proxysettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace {
QString stateLine(const ClaudeSettingsEditor::Status &status, const QString &url)
{
    switch (status.state) {
    case ClaudeSettingsEditor::State::On:
        return ClaudeCommand::tr("on: Claude Code uses this proxy (%1)").arg(url);
    case ClaudeSettingsEditor::State::Outdated:
        return ClaudeCommand::tr("outdated: Claude Code points at this proxy (%1) but with other values; run "
                                 "`codex-bridge claude on` to update them")
            .arg(url);
    case ClaudeSettingsEditor::State::Off:
        break;
    case ClaudeSettingsEditor::State::Invalid:
        return ClaudeCommand::tr("invalid: %1").arg(status.error);
    }
    return ClaudeCommand::tr("off: Claude Code does not use this proxy (%1)").arg(url);
}

void printStatus(const ClaudeSettingsEditor::Status &status, const QString &url, QTextStream &out)
{
    // The first word of the state line is machine-readable (on/off/outdated/invalid).
    out << stateLine(status, url) << Qt::endl;
    const QString missing = status.exists ? QString() : ClaudeCommand::tr(" (does not exist)");
    out << ClaudeCommand::tr("settings file: %1%2").arg(QDir::toNativeSeparators(status.filePath), missing)
        << Qt::endl;
    for (auto it = status.values.cbegin(); it != status.values.cend(); ++it)
        out << "  " << it.key() << '=' << it.value() << Qt::endl;
    if (status.restoreSaved)
        out << ClaudeCommand::tr("saved values to restore with `codex-bridge claude off`: yes") << Qt::endl;
}
} // namespace

int ClaudeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Point Claude Code (its settings.json) at this proxy, or back."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verb"), tr("on | off | status"));
    const QCommandLineOption hostOption(QStringLiteral("host"), tr("The proxy's address (default: settings.json)."),
                                        QStringLiteral("address"));
    const QCommandLineOption portOption(QStringLiteral("port"), tr("The proxy's port (default: settings.json)."),
                                        QStringLiteral("port"));
    const QCommandLineOption keyOption(QStringLiteral("client-key"),
                                       tr("The proxy's client key (default: settings.json or "
                                          "CODEX_BRIDGE_CLIENT_KEY)."),
                                       QStringLiteral("key"));
    parser.addOptions({hostOption, portOption, keyOption});
    parser.process(arguments);
    QStringList args = parser.positionalArguments();
    args.removeFirst(); // "claude"
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString verb = args.value(0);
    if (args.size() != 1
        || (verb != QLatin1String("on") && verb != QLatin1String("off") && verb != QLatin1String("status"))) {
        err << parser.helpText();
        return 2;
    }

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
        if (!ok || port == 0 || port > 65535) {
            err << tr("Invalid port: %1").arg(parser.value(portOption)) << Qt::endl;
            return 2;
        }
        settings.port = quint16(port);
    }
    if (parser.isSet(keyOption))
        settings.clientKey = parser.value(keyOption);
    else if (qEnvironmentVariableIsSet("CODEX_BRIDGE_CLIENT_KEY"))
        settings.clientKey = qEnvironmentVariable("CODEX_BRIDGE_CLIENT_KEY");
    if (settings.port == 0) {
        err << tr("The proxy's port is 0 (chosen when it starts); pass the port it listens on with --port.")
            << Qt::endl;
        return 2;
    }

    const ClaudeSettingsEditor::Target target = ClaudeSettingsEditor::Target::fromSettings(settings);
    ClaudeSettingsEditor editor(configDir);
    if (verb == QLatin1String("status")) {
        const ClaudeSettingsEditor::Status status = editor.status(target);
        printStatus(status, target.baseUrl, out);
        return status.state == ClaudeSettingsEditor::State::Invalid ? 1 : 0;
    }
    const bool on = verb == QLatin1String("on");
    const ClaudeSettingsEditor::Status before = editor.status(target);
    if (!on && before.state == ClaudeSettingsEditor::State::Off && !before.restoreSaved) {
        out << tr("Claude Code does not use Codex Bridge (%1); nothing to change.")
                   .arg(QDir::toNativeSeparators(editor.settingsPath()))
            << Qt::endl;
        return 0;
    }
    if (!(on ? editor.enable(target) : editor.disable(target))) {
        err << editor.errorString() << Qt::endl;
        return 1;
    }
    for (const QString &note : editor.notes())
        err << note << Qt::endl;
    const QString path = QDir::toNativeSeparators(editor.settingsPath());
    out << (on ? tr("Claude Code now uses Codex Bridge at %1 (%2).").arg(target.baseUrl, path)
               : tr("Claude Code no longer uses Codex Bridge; the previous settings are back (%1).").arg(path))
        << Qt::endl;
    return 0;
}
