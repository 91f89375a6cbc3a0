#pragma once

#include "quota/quotasnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

class AccountStore;
class QTimer;
class UpstreamClient;

// Keeps the latest QuotaSnapshot of every account (keyed by account label = email), learnt from the x-codex-*
// headers of every upstream reply and from GET /wham/usage, which it polls on demand and in the background
// (the active account, every few minutes). Lives on the proxy thread; tray and HTTP read it through
// quotaChanged() and snapshot().
class QuotaTracker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaTracker)

public:
    // Neither pointer is owned; both may be null (then nothing is polled, headers are still read).
    QuotaTracker(AccountStore *accounts, UpstreamClient *upstream, QObject *parent = nullptr);
    ~QuotaTracker() override;

    static constexpr int DefaultPollIntervalMs = 5 * 60 * 1000;
    // A snapshot this fresh is answered without asking the backend again.
    static constexpr qint64 FreshSeconds = 60;

    // Starts the background poll of the active account (first poll right away).
    void startPolling(int intervalMs = DefaultPollIntervalMs);

    std::optional<QuotaSnapshot> snapshot(const QString &accountLabel) const;
    QHash<QString, QuotaSnapshot> snapshots() const { return m_snapshots; }

    // Merges what the headers of one upstream reply say about `accountLabel`'s quota.
    void updateFromHeaders(const QString &accountLabel, const QList<QPair<QByteArray, QByteArray>> &headers);
    // Merges a /wham/usage body; false when it is not usable.
    bool updateFromUsageBody(const QString &accountLabel, const QByteArray &body);

    // Asks /wham/usage for the account unless its snapshot is fresh (or `force`), then calls `done` (on this
    // thread; maybe before refresh() returns). Concurrent refreshes of one account share one request.
    using Done = std::function<void()>;
    void refresh(const QString &accountLabel, Done done, bool force = false);
    // refresh() for every account; `done` once all have answered.
    void refreshAll(Done done, bool force = false);

Q_SIGNALS:
    void quotaChanged(const QString &accountLabel, const QuotaSnapshot &snapshot);

private:
    void merge(const QString &accountLabel, const QuotaSnapshot &snapshot);
    void pollActive();

    AccountStore *m_accounts;
    UpstreamClient *m_upstream;
    QTimer *m_pollTimer;
    QHash<QString, QuotaSnapshot> m_snapshots;
    QHash<QString, QDateTime> m_lastFetch;        // last /wham/usage answer per account
    QHash<QString, QList<Done>> m_pending;        // waiting for the request in flight per account
};
