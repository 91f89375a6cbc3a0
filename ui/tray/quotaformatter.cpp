#include "quotaformatter.h"

#include <QtMath>

QString QuotaFormatter::percent(const std::optional<double> &usedPercent)
{
    if (!usedPercent)
        return tr("?");
    const int value = qBound(0, qRound(*usedPercent), 100);
    //: A used share of the quota, e.g. "42 %"
    return tr("%1 %").arg(value);
}

QString QuotaFormatter::resetsIn(const QDateTime &resetAt, const QDateTime &now)
{
    if (!resetAt.isValid())
        return {};
    const qint64 seconds = now.secsTo(resetAt);
    if (seconds <= 0)
        return tr("resets now");
    // Round up: "resets in 0 m" would be wrong for the last 59 seconds.
    const qint64 minutes = (seconds + 59) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return tr("resets in %1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("resets in %1 h %2 m").arg(hours).arg(mins);
    return tr("resets in %1 m").arg(mins);
}

QString QuotaFormatter::windowName(const QuotaSnapshot::Window &window, bool isPrimary)
{
    if (window.windowMinutes) {
        const int minutes = *window.windowMinutes;
        if (minutes == 7 * 24 * 60)
            return tr("Weekly");
        if (minutes % (24 * 60) == 0)
            return tr("%n-day", nullptr, minutes / (24 * 60));
        if (minutes % 60 == 0)
            return tr("%n-hour", nullptr, minutes / 60);
        return tr("%n-minute", nullptr, minutes);
    }
    return isPrimary ? tr("5-hour") : tr("Weekly");
}

QString QuotaFormatter::planName(const QString &planType)
{
    const QString plan = planType.trimmed().toLower();
    if (plan.isEmpty())
        return {};
    if (plan == QLatin1String("free"))
        return tr("Free");
    if (plan == QLatin1String("plus"))
        return tr("Plus");
    if (plan == QLatin1String("pro"))
        return tr("Pro");
    if (plan == QLatin1String("team"))
        return tr("Team");
    if (plan == QLatin1String("business"))
        return tr("Business");
    if (plan == QLatin1String("enterprise"))
        return tr("Enterprise");
    if (plan == QLatin1String("edu"))
        return tr("Edu");
    // A plan we do not know yet: shown as sent, capitalised.
    return plan.left(1).toUpper() + plan.mid(1);
}

QString QuotaFormatter::summary(const std::optional<QuotaSnapshot> &quota)
{
    if (!quota || (!quota->primary.usedPercent && !quota->secondary.usedPercent))
        return tr("quota unknown");
    //: Short quota summary: 5-hour window share, then weekly share, e.g. "5 h 42 % · week 13 %"
    return tr("5 h %1 · week %2").arg(percent(quota->primary.usedPercent), percent(quota->secondary.usedPercent));
}
