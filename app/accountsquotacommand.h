#pragma once

#include <QCoreApplication>
#include <QStringList>

// `codex-bridge accounts quota`: for each account, its plan and 5-hour / weekly used % with reset times, asked
// from the backend's GET /wham/usage with the stored tokens. Needs no running server.
// The stored access token is used as it is (no refresh here: refreshing rotates the single-use refresh token
// and belongs to the proxy); an expired one shows as an error for that account.
// Exit code 0 when every account answered, 1 otherwise.
class AccountsQuotaCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountsQuotaCommand)

public:
    // `arguments` is the whole command line: codex-bridge accounts quota.
    static int run(const QStringList &arguments);
};
