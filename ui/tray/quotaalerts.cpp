#include "quotaalerts.h"

#include "tray/quotaformatter.h"
#include "tray/traystatus.h"

QuotaAlerts::Level QuotaAlerts::levelOf(const AccountOverview &overview)
{
    if (TrayStatus::isExhausted(overview))
        return Level::Exhausted;
    if (TrayStatus::isLow(overview))
        return Level::Low;
    return Level::Normal;
}

QList<QuotaAlerts::Alert> QuotaAlerts::update(const QList<AccountOverview> &accounts)
{
    QList<Alert> alerts;
    QHash<QString, Seen> next;
    for (const AccountOverview &overview : accounts) {
        const Account &account = overview.account;
        Seen now;
        now.level = levelOf(overview);
        now.signInNeeded = account.status == Account::Status::SignInNeeded;
        const Seen before = m_seen.value(account.key());
        next.insert(account.key(), now);
        if (!m_primed)
            continue;
        if (now.signInNeeded && !before.signInNeeded) {
            alerts.append({Alert::Kind::SignInNeeded, tr("Sign-in needed"),
                           tr("ChatGPT no longer accepts the sign-in of %1. Choose \"Add ChatGPT account…\" to sign "
                              "in again.")
                               .arg(account.email)});
        }
        // Only a rise is announced; falling back (a window reset) re-arms the alert.
        if (now.level > before.level) {
            const QString reset = overview.quota ? QuotaFormatter::resetsIn(overview.quota->primary.resetAt) : QString();
            if (now.level == Level::Exhausted) {
                alerts.append({Alert::Kind::QuotaExhausted, tr("ChatGPT limit reached"),
                               reset.isEmpty() ? tr("%1 has used up its quota.").arg(account.email)
                                               : tr("%1 has used up its quota; it %2.").arg(account.email, reset)});
            } else {
                alerts.append({Alert::Kind::QuotaLow, tr("ChatGPT quota low"),
                               tr("%1: %2").arg(account.email, QuotaFormatter::summary(overview.quota))});
            }
        }
    }
    m_seen = next;
    m_primed = true;
    return alerts;
}

QuotaAlerts::Alert QuotaAlerts::signedIn(const QString &email)
{
    return {Alert::Kind::SignedIn, tr("Signed in"), tr("%1 is ready to use.").arg(email)};
}
