#pragma once

#include <QCoreApplication>
#include <QStringList>

// `codex-bridge accounts <verb>`: manage the ChatGPT accounts from a terminal.
class AccountsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountsCommand)

public:
    static int run(const QStringList &arguments);
};
