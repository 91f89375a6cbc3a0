#pragma once

#include "server/accountoverview.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// Decides which desktop notifications the account changes deserve: an account nearing (>= 80 %) or hitting its
// limit, a sign-in that is needed, a sign-in that completed. Each is told once: a level is announced again only
// after the account fell back below it (its window reset). Pure, fed with every
// accountsChanged(), so the rules are tested without a desktop.
class QuotaAlerts
{
    Q_DECLARE_TR_FUNCTIONS(QuotaAlerts)

public:
    struct Alert
    {
        enum class Kind { QuotaLow, QuotaExhausted, SignInNeeded, SignedIn };
        Kind kind;
        QString title;
        QString message;
    };

    // The alerts that `accounts` (the new state) calls for. The first call only learns the state: what was
    // already so when the application started is not announced.
    QList<Alert> update(const QList<AccountOverview> &accounts);
    // A sign-in completed (from ProxyService::signInSucceeded).
    static Alert signedIn(const QString &email);

private:
    enum class Level { Normal, Low, Exhausted };
    struct Seen
    {
        Level level = Level::Normal;
        bool signInNeeded = false;
    };
    static Level levelOf(const AccountOverview &overview);

    QHash<QString, Seen> m_seen; // by Account::key()
    bool m_primed = false;
};
