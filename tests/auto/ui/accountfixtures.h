#pragma once

#include "server/accountoverview.h"

// Accounts for the tray tests: an email, a status and what is known of the quota.
inline AccountOverview makeOverview(const QString &email, bool active, std::optional<double> primary = std::nullopt,
                                    std::optional<double> secondary = std::nullopt,
                                    Account::Status status = Account::Status::Active)
{
    AccountOverview overview;
    overview.account.email = email;
    overview.account.accountId = QStringLiteral("acc-") + email.section(QLatin1Char('@'), 0, 0);
    overview.account.planType = QStringLiteral("plus");
    overview.account.status = status;
    overview.active = active;
    if (primary || secondary) {
        QuotaSnapshot quota;
        quota.primary.usedPercent = primary;
        quota.primary.windowMinutes = 300;
        quota.secondary.usedPercent = secondary;
        quota.secondary.windowMinutes = 10080;
        overview.quota = quota;
    }
    return overview;
}
