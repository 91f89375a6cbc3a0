#include "traystatus.h"

#include "tray/quotaformatter.h"

namespace {
bool atLeast(const QuotaSnapshot::Window &window, double percent)
{
    return window.usedPercent && *window.usedPercent >= percent;
}
} // namespace

const AccountOverview *TrayStatus::active(const QList<AccountOverview> &accounts)
{
    for (const AccountOverview &overview : accounts) {
        if (overview.active)
            return &overview;
    }
    return nullptr;
}

bool TrayStatus::isExhausted(const AccountOverview &overview)
{
    if (!overview.quota)
        return false;
    const QuotaSnapshot &quota = *overview.quota;
    return quota.limitReached.value_or(false) || !quota.allowed.value_or(true) || atLeast(quota.primary, 100.0)
        || atLeast(quota.secondary, 100.0);
}

bool TrayStatus::isLow(const AccountOverview &overview)
{
    return overview.quota && (atLeast(overview.quota->primary, LowPercent) || atLeast(overview.quota->secondary, LowPercent));
}

TrayStatus::State TrayStatus::evaluate(bool listening, bool failed, const QList<AccountOverview> &accounts)
{
    if (failed)
        return State::Error;
    if (!listening)
        return State::Starting;
    const AccountOverview *current = active(accounts);
    if (!current)
        return State::NoAccount;
    if (current->account.status == Account::Status::SignInNeeded)
        return State::SignInNeeded;
    if (isExhausted(*current))
        return State::Exhausted;
    if (isLow(*current))
        return State::QuotaLow;
    return State::Running;
}

QString TrayStatus::stateText(State state)
{
    switch (state) {
    case State::Starting:
        return tr("Starting…");
    case State::Error:
        return tr("Proxy not running");
    case State::NoAccount:
        return tr("No ChatGPT account");
    case State::SignInNeeded:
        return tr("Sign-in needed");
    case State::Running:
        return tr("Running");
    case State::QuotaLow:
        return tr("Quota low");
    case State::Exhausted:
        return tr("Quota exhausted");
    }
    return {};
}

QString TrayStatus::tooltip(State state, const QList<AccountOverview> &accounts, const QString &url)
{
    QStringList lines;
    lines << tr("Codex Bridge — %1").arg(stateText(state));
    if (!url.isEmpty() && state != State::Error && state != State::Starting)
        lines << url;
    if (const AccountOverview *current = active(accounts)) {
        const QString plan = QuotaFormatter::planName(current->account.planType);
        lines << (plan.isEmpty() ? current->account.email : tr("%1 (%2)").arg(current->account.email, plan));
        if (current->quota) {
            lines << tr("%1: %2 used").arg(QuotaFormatter::windowName(current->quota->primary, true),
                                            QuotaFormatter::percent(current->quota->primary.usedPercent));
            lines << tr("%1: %2 used").arg(QuotaFormatter::windowName(current->quota->secondary, false),
                                            QuotaFormatter::percent(current->quota->secondary.usedPercent));
        }
    }
    return lines.join(QLatin1Char('\n'));
}
