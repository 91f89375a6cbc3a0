#include "quotatracker.h"

#include "auth/accountstore.h"
#include "core/loggingcategories.h"
#include "upstream/upstreamclient.h"

#include <QTimer>

#include <memory>

QuotaTracker::QuotaTracker(AccountStore *accounts, UpstreamClient *upstream, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_upstream(upstream)
    , m_pollTimer(new QTimer(this))
{
    qRegisterMetaType<QuotaSnapshot>();
    connect(m_pollTimer, &QTimer::timeout, this, &QuotaTracker::pollActive);
}

QuotaTracker::~QuotaTracker() = default;

void QuotaTracker::startPolling(int intervalMs)
{
    m_pollTimer->start(intervalMs);
    pollActive();
}

void QuotaTracker::pollActive()
{
    if (!m_accounts)
        return;
    if (const std::optional<Account> active = m_accounts->activeAccount();
        active && active->status != Account::Status::SignInNeeded)
        refresh(active->email, {});
}

std::optional<QuotaSnapshot> QuotaTracker::snapshot(const QString &accountLabel) const
{
    const auto it = m_snapshots.constFind(accountLabel);
    return it == m_snapshots.cend() ? std::nullopt : std::optional<QuotaSnapshot>(*it);
}

void QuotaTracker::merge(const QString &accountLabel, const QuotaSnapshot &snapshot)
{
    if (accountLabel.isEmpty())
        return;
    QuotaSnapshot &stored = m_snapshots[accountLabel];
    const QuotaSnapshot before = stored;
    stored.mergeFrom(snapshot);
    if (!(stored == before))
        Q_EMIT quotaChanged(accountLabel, stored);
}

void QuotaTracker::updateFromHeaders(const QString &accountLabel, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (const std::optional<QuotaSnapshot> parsed = QuotaSnapshot::fromHeaders(headers))
        merge(accountLabel, *parsed);
}

bool QuotaTracker::updateFromUsageBody(const QString &accountLabel, const QByteArray &body)
{
    QString error;
    const std::optional<QuotaSnapshot> parsed = QuotaSnapshot::fromUsageJson(body, QDateTime::currentDateTimeUtc(),
                                                                             &error);
    if (!parsed) {
        qCInfo(lcUpstream).noquote() << "usage of" << accountLabel << "not usable:" << error;
        return false;
    }
    merge(accountLabel, *parsed);
    return true;
}

void QuotaTracker::refresh(const QString &accountLabel, Done done, bool force)
{
    const auto finish = [&done] {
        if (done)
            done();
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime last = m_lastFetch.value(accountLabel);
    if (!force && last.isValid() && last.secsTo(now) < FreshSeconds)
        return finish();
    if (!m_accounts || !m_upstream)
        return finish();
    const std::optional<Account> account = m_accounts->account(accountLabel);
    if (!account)
        return finish();
    if (m_pending.contains(accountLabel)) {
        m_pending[accountLabel].append(std::move(done));
        return;
    }
    // Read the stored token directly: a quota poll must never trigger or race a refresh of the single-use
    // refresh token. An expired token simply gets a 401 here and the snapshot keeps what the headers said.
    const std::optional<AccountTokens> tokens = m_accounts->tokens(account->key());
    if (!tokens || tokens->accessToken.isEmpty())
        return finish();
    m_pending[accountLabel].append(std::move(done));
    const UpstreamCredentials credentials{tokens->accessToken, account->accountId, account->email};
    m_upstream->fetchUsage(credentials, [this, accountLabel](const QByteArray &body, const UpstreamFailure *failure) {
        m_lastFetch.insert(accountLabel, QDateTime::currentDateTimeUtc());
        if (failure)
            qCInfo(lcUpstream).noquote() << "usage of" << accountLabel << "not available:" << failure->httpStatus
                                         << failure->code;
        else
            updateFromUsageBody(accountLabel, body);
        const QList<Done> waiting = m_pending.take(accountLabel);
        for (const Done &callback : waiting) {
            if (callback)
                callback();
        }
    });
}

void QuotaTracker::refreshAll(Done done, bool force)
{
    const QList<Account> accounts = m_accounts ? m_accounts->accounts() : QList<Account>();
    if (accounts.isEmpty()) {
        if (done)
            done();
        return;
    }
    // Shared countdown: the last answer calls `done`.
    auto remaining = std::make_shared<qsizetype>(accounts.size());
    auto finish = std::make_shared<Done>(std::move(done));
    for (const Account &account : accounts) {
        refresh(account.email, [remaining, finish] {
            if (--*remaining == 0 && *finish)
                (*finish)();
        }, force);
    }
}
