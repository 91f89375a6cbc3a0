#pragma once

#include <QString>

// The lines a user pastes into a terminal so that Claude Code and OpenAI clients started there use the proxy:
// ANTHROPIC_BASE_URL / ANTHROPIC_AUTH_TOKEN and OPENAI_BASE_URL / OPENAI_API_KEY.
class ShellSetup
{
public:
    enum class Shell { Posix, PowerShell };

    static Shell nativeShell();
    // `baseUrl` is the proxy's http://host:port; `clientKey` may be empty (then a placeholder token is given,
    // which the proxy ignores, so that clients do not ask for a key).
    static QString exportLines(const QString &baseUrl, const QString &clientKey, Shell shell = nativeShell());
    // A value quoted for the shell.
    static QString quoted(const QString &value, Shell shell);
};
