#pragma once

#include <QStringList>

// `codex-bridge accounts add [--no-browser]`: signs in to ChatGPT (OAuth + PKCE) and stores the account.
//
// Opens the authorize URL in the system browser (and always prints it); the browser's redirect reaches the
// callback listener on localhost:1455/1457. With --no-browser, or when no browser could be started, the user may
// also paste the redirect URL (or the bare code) on stdin: whichever arrives first wins, so this works over SSH.
// Exit code 0 on success, 1 on failure (message on stderr).
//
// Environment: CODEX_BRIDGE_AUTH_URL (issuer), CODEX_BRIDGE_OAUTH_CALLBACK_PORT ("PORT[,PORT...]"),
// CODEX_BRIDGE_BROWSER ("none" = do not start a browser, only print the URL; else the program to start with the
// URL as argument), CODEX_BRIDGE_OAUTH_TIMEOUT (seconds to wait, default 600).
class AccountsAddCommand
{
public:
    // `arguments` is the whole command line: codex-bridge accounts add [--no-browser].
    static int run(const QStringList &arguments);
};
