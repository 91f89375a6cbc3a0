#pragma once

#include "auth/account.h"
#include "core/apierror.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Chooses the ChatGPT account for each upstream request (codex-protocol.md issue scope "Routing").
//
// Off (default): the active account only. Sticky: a session (the prompt cache key of a Claude Code conversation)
// stays on one account, because encrypted reasoning and the prompt cache are bound to it, and moves only when that
// account is cooling down, failing or needs a sign-in. RoundRobin: the next usable account for every request.
//
// An account that answered usage_limit_reached cools down until its reset time; cooldowns live in memory only and
// end by themselves once the reset time passed. Disabled and sign-in-needed accounts are never chosen.
//
// Pure bookkeeping (no I/O): the caller passes the accounts and the current time, which keeps it easy to test.
class AccountRouter
{
public:
    enum class Mode { Off, Sticky, RoundRobin };

    // "off", "sticky", "round-robin"; std::nullopt for anything else.
    static std::optional<Mode> modeFromString(const QString &mode);
    static QString modeToString(Mode mode);

    // How long an account that failed for another reason than its quota (e.g. a refresh that kept failing) is
    // skipped by rotation.
    static constexpr qint64 FailureCooldownSecs = 30;
    // Used when a usage-limit answer carries no reset time.
    static constexpr qint64 DefaultUsageCooldownSecs = 300;

    struct Choice
    {
        std::optional<Account> account;
        std::optional<ApiError> error; // set when no account can serve the request
    };

    explicit AccountRouter(Mode mode = Mode::Off);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool rotates() const { return m_mode != Mode::Off; }

    // The account for one request of `sessionKey` (may be empty) among `accounts` (store order), `activeKey` being
    // the Account::key() of the active account.
    Choice choose(const QList<Account> &accounts, const QString &activeKey, const QString &sessionKey,
                  const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The account hit its usage limit; it is skipped until `resetsAt` (at least one second from `now`).
    void reportUsageLimit(const QString &accountKey, const QDateTime &resetsAt,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The account failed (not its quota): skipped for FailureCooldownSecs.
    void reportFailure(const QString &accountKey, const QDateTime &now = QDateTime::currentDateTimeUtc());

    bool isCoolingDown(const QString &accountKey, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Invalid when the account is not cooling down.
    QDateTime cooldownUntil(const QString &accountKey, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The account a sticky session is pinned to; empty when none.
    QString sessionAccount(const QString &sessionKey) const { return m_sessions.value(sessionKey); }

private:
    struct Cooldown
    {
        QDateTime until;
        bool usageLimit = false;
    };

    bool isUsable(const Account &account, const QDateTime &now) const;
    qsizetype indexOfKey(const QList<Account> &accounts, const QString &key) const;
    // First usable account at or after `start` (wrapping); -1 when none.
    qsizetype nextUsable(const QList<Account> &accounts, qsizetype start, const QDateTime &now) const;
    Choice noUsableAccount(const QList<Account> &accounts, const QDateTime &now) const;

    Mode m_mode;
    QHash<QString, Cooldown> m_cooldowns;  // by Account::key()
    QHash<QString, QString> m_sessions;    // sticky: session key -> Account::key()
    QString m_lastRoundRobinKey;
};
