#pragma once

#include "quota/quotasnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// Turns quota numbers into the short phrases of the tray ("42 %", "resets in 2 h 13 m"). Pure functions, so the
// wording is tested without a window.
class QuotaFormatter
{
    Q_DECLARE_TR_FUNCTIONS(QuotaFormatter)

public:
    // "42 %" (rounded, clamped to 0..100), or "?" when unknown: unknown never reads as 0 %.
    static QString percent(const std::optional<double> &usedPercent);
    // "resets in 2 h 13 m", "resets in 5 m", "resets in 3 d 4 h", "resets now"; empty when `resetAt` is invalid.
    static QString resetsIn(const QDateTime &resetAt, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "5-hour" / "Weekly" / "Unknown window", from the window length when known, else from which window it is.
    static QString windowName(const QuotaSnapshot::Window &window, bool isPrimary);
    // "Plus", "Pro", "Team"...; "" when unknown.
    static QString planName(const QString &planType);
    // One line for a menu entry or tooltip: "5 h 42 % · week 13 %"; "quota unknown" when nothing is known.
    static QString summary(const std::optional<QuotaSnapshot> &quota);
};
