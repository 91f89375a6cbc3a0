#pragma once

#include "auth/account.h"
#include "quota/quotasnapshot.h"

#include <QList>
#include <QMetaType>

#include <optional>

// One account as the user interface shows it: its metadata (no secret), whether requests go to it, and what is
// known of its quota. Sent from the proxy thread to the GUI thread by value.
struct AccountOverview
{
    Account account;
    bool active = false;
    std::optional<QuotaSnapshot> quota;

    friend bool operator==(const AccountOverview &, const AccountOverview &) = default;
};
Q_DECLARE_METATYPE(AccountOverview)
