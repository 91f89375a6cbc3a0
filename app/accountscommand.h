#pragma once

#include <QStringList>

// `codex-bridge accounts <verb>`: manage the ChatGPT accounts from a terminal.
class AccountsCommand
{
public:
    static int run(const QStringList &arguments);
};
