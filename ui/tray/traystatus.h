#pragma once

#include "server/accountoverview.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What the tray icon shows at a glance, derived from the proxy state and the active account. Pure, so each state
// and its tooltip are tested without a desktop.
class TrayStatus
{
    Q_DECLARE_TR_FUNCTIONS(TrayStatus)

public:
    enum class State {
        Starting,     // the listener is not up yet
        Error,        // the listener could not start
        NoAccount,    // running, but nothing to send requests with
        SignInNeeded, // the active account's sign-in expired
        Running,
        QuotaLow,     // a window of the active account is at LowPercent or more
        Exhausted,    // the active account hit a limit
    };
    static constexpr double LowPercent = 80.0;

    static State evaluate(bool listening, bool failed, const QList<AccountOverview> &accounts);
    // The active account, or nullptr.
    static const AccountOverview *active(const QList<AccountOverview> &accounts);
    // The quota of `overview` is at or past a limit (a window at 100 %, or the backend says so).
    static bool isExhausted(const AccountOverview &overview);
    static bool isLow(const AccountOverview &overview);
    // Several lines: product and state, active account with plan, 5-hour and weekly used %.
    static QString tooltip(State state, const QList<AccountOverview> &accounts, const QString &url);
    static QString stateText(State state);
};
