#include "accountrouter.h"

#include <QCoreApplication>

namespace {
// Bounds the sticky table; a Claude Code session key is a UUID per conversation, so this only matters for a
// proxy that runs for months.
constexpr qsizetype MaxStickySessions = 10000;
} // namespace

std::optional<AccountRouter::Mode> AccountRouter::modeFromString(const QString &mode)
{
    if (mode == QLatin1String("off"))
        return Mode::Off;
    if (mode == QLatin1String("sticky"))
        return Mode::Sticky;
    if (mode == QLatin1String("round-robin"))
        return Mode::RoundRobin;
    return std::nullopt;
}

QString AccountRouter::modeToString(Mode mode)
{
    switch (mode) {
    case Mode::Off: return QStringLiteral("off");
    case Mode::Sticky: return QStringLiteral("sticky");
    case Mode::RoundRobin: return QStringLiteral("round-robin");
    }
    return QStringLiteral("off");
}

AccountRouter::AccountRouter(Mode mode)
    : m_mode(mode)
{
}

void AccountRouter::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_sessions.clear();
    m_lastRoundRobinKey.clear();
}

AccountRouter::Choice AccountRouter::choose(const QList<Account> &accounts, const QString &activeKey,
                                            const QString &sessionKey, const QDateTime &now)
{
    Choice choice;
    const qsizetype active = indexOfKey(accounts, activeKey);
    if (m_mode == Mode::Off) {
        // The caller explains an unusable active account (sign-in needed...) in its own words.
        if (active >= 0)
            choice.account = accounts.at(active);
        else
            choice.error = noUsableAccount(accounts, now).error;
        return choice;
    }

    qsizetype index = -1;
    if (m_mode == Mode::Sticky) {
        const qsizetype pinned = sessionKey.isEmpty() ? -1 : indexOfKey(accounts, m_sessions.value(sessionKey));
        if (pinned >= 0 && isUsable(accounts.at(pinned), now))
            index = pinned;
        else if (pinned >= 0)
            index = nextUsable(accounts, pinned + 1, now); // move on from the exhausted/failing account
        else
            index = nextUsable(accounts, qMax<qsizetype>(active, 0), now); // new sessions start on the active one
        if (index >= 0 && !sessionKey.isEmpty()) {
            if (m_sessions.size() >= MaxStickySessions && !m_sessions.contains(sessionKey))
                m_sessions.clear();
            m_sessions.insert(sessionKey, accounts.at(index).key());
        }
    } else {
        const qsizetype last = indexOfKey(accounts, m_lastRoundRobinKey);
        index = nextUsable(accounts, last >= 0 ? last + 1 : qMax<qsizetype>(active, 0), now);
        if (index >= 0)
            m_lastRoundRobinKey = accounts.at(index).key();
    }
    if (index < 0)
        return noUsableAccount(accounts, now);
    choice.account = accounts.at(index);
    return choice;
}

void AccountRouter::reportUsageLimit(const QString &accountKey, const QDateTime &resetsAt, const QDateTime &now)
{
    QDateTime until = resetsAt.isValid() ? resetsAt : now.addSecs(DefaultUsageCooldownSecs);
    if (until < now.addSecs(1))
        until = now.addSecs(1); // a reset time in the past must not make the same request loop on this account
    m_cooldowns.insert(accountKey, Cooldown{until.toUTC(), true});
}

void AccountRouter::reportFailure(const QString &accountKey, const QDateTime &now)
{
    const QDateTime until = now.addSecs(FailureCooldownSecs).toUTC();
    const auto it = m_cooldowns.constFind(accountKey);
    if (it != m_cooldowns.constEnd() && it->until > until)
        return; // keep a longer usage-limit cooldown
    m_cooldowns.insert(accountKey, Cooldown{until, false});
}

bool AccountRouter::isCoolingDown(const QString &accountKey, const QDateTime &now) const
{
    return cooldownUntil(accountKey, now).isValid();
}

QDateTime AccountRouter::cooldownUntil(const QString &accountKey, const QDateTime &now) const
{
    const auto it = m_cooldowns.constFind(accountKey);
    if (it == m_cooldowns.constEnd() || it->until <= now)
        return {};
    return it->until;
}

bool AccountRouter::isUsable(const Account &account, const QDateTime &now) const
{
    return account.status == Account::Status::Active && !isCoolingDown(account.key(), now);
}

qsizetype AccountRouter::indexOfKey(const QList<Account> &accounts, const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (accounts.at(i).key() == key)
            return i;
    }
    return -1;
}

qsizetype AccountRouter::nextUsable(const QList<Account> &accounts, qsizetype start, const QDateTime &now) const
{
    const qsizetype n = accounts.size();
    for (qsizetype step = 0; step < n; ++step) {
        const qsizetype i = (start + step) % n;
        if (isUsable(accounts.at(i), now))
            return i;
    }
    return -1;
}

AccountRouter::Choice AccountRouter::noUsableAccount(const QList<Account> &accounts, const QDateTime &now) const
{
    Choice choice;
    QDateTime firstReset;
    bool anyUsageLimit = false;
    for (const Account &account : accounts) {
        if (account.status != Account::Status::Active)
            continue;
        const auto it = m_cooldowns.constFind(account.key());
        if (it == m_cooldowns.constEnd() || it->until <= now)
            continue;
        if (!firstReset.isValid() || it->until < firstReset)
            firstReset = it->until;
        anyUsageLimit = anyUsageLimit || it->usageLimit;
    }
    if (!firstReset.isValid()) {
        choice.error = ApiError(401, QCoreApplication::translate(
                                         "AccountRouter",
                                         "No usable ChatGPT account in Codex Bridge: every account is disabled or "
                                         "needs to sign in again (`codex-bridge accounts add`)."));
        return choice;
    }
    const qint64 seconds = qMax<qint64>(1, now.secsTo(firstReset));
    if (anyUsageLimit) {
        choice.error = ApiError(429, QCoreApplication::translate(
                                         "AccountRouter",
                                         "Every ChatGPT account reached its usage limit; the first one resets at %1 "
                                         "(in %2 min).")
                                         .arg(firstReset.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
                                         .arg((seconds + 59) / 60));
    } else {
        choice.error = ApiError(503, QCoreApplication::translate(
                                         "AccountRouter",
                                         "Every ChatGPT account failed just now; retry in %1 s.")
                                         .arg(seconds));
    }
    choice.error->retryAfterSeconds = int(qMin<qint64>(seconds, 7 * 24 * 3600));
    return choice;
}
