#pragma once

#include <QCoreApplication>
#include <QStringList>

// `codex-bridge claude on|off|status`: points Claude Code's settings file at this proxy and back
// (ClaudeSettingsEditor). The proxy's address, client key and model mapping come from settings.json in the
// config dir; --host/--port/--client-key (and CODEX_BRIDGE_CLIENT_KEY) override them as for `serve`.
class ClaudeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClaudeCommand)

public:
    static int run(const QStringList &arguments);
};
