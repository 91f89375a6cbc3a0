#include "quotasnapshot.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {
QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return header.second.trimmed();
    }
    return {};
}

std::optional<double> parseDouble(const QByteArray &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

std::optional<qint64> parseInteger(const QByteArray &value)
{
    // Some proxies send "9000.0": accept any finite number and round it.
    const std::optional<double> number = parseDouble(value);
    if (!number || *number < 0 || *number > 1e12)
        return std::nullopt;
    return qint64(std::llround(*number));
}

QDateTime resetTime(std::optional<qint64> resetAt, std::optional<qint64> resetAfter, const QDateTime &now)
{
    // The absolute time wins: it does not drift with the age of the reply.
    if (resetAt && *resetAt > 0)
        return QDateTime::fromSecsSinceEpoch(*resetAt, Qt::UTC);
    if (resetAfter)
        return now.toUTC().addSecs(*resetAfter);
    return {};
}

QuotaSnapshot::Window windowFromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView prefix,
                                        const QDateTime &now)
{
    const auto value = [&](const char *suffix) { return headerValue(headers, prefix.toByteArray() + suffix); };
    QuotaSnapshot::Window window;
    window.usedPercent = parseDouble(value("-used-percent"));
    if (const auto minutes = parseInteger(value("-window-minutes")))
        window.windowMinutes = int(*minutes);
    window.resetAt = resetTime(parseInteger(value("-reset-at")), parseInteger(value("-reset-after-seconds")), now);
    return window;
}

std::optional<double> jsonDouble(const QJsonValue &value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    if (value.isString())
        return parseDouble(value.toString().toUtf8());
    return std::nullopt;
}

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    const std::optional<double> number = jsonDouble(value);
    if (!number || *number < 0 || *number > 1e12)
        return std::nullopt;
    return qint64(std::llround(*number));
}

QuotaSnapshot::Window windowFromJson(const QJsonValue &value, const QDateTime &now)
{
    QuotaSnapshot::Window window;
    const QJsonObject object = value.toObject(); // null or anything else: an empty window
    window.usedPercent = jsonDouble(object.value(QLatin1String("used_percent")));
    if (const auto seconds = jsonInteger(object.value(QLatin1String("limit_window_seconds"))))
        window.windowMinutes = int(*seconds / 60);
    window.resetAt = resetTime(jsonInteger(object.value(QLatin1String("reset_at"))),
                               jsonInteger(object.value(QLatin1String("reset_after_seconds"))), now);
    return window;
}

void mergeWindow(QuotaSnapshot::Window &ours, const QuotaSnapshot::Window &newer)
{
    if (newer.usedPercent)
        ours.usedPercent = newer.usedPercent;
    if (newer.windowMinutes)
        ours.windowMinutes = newer.windowMinutes;
    if (newer.resetAt.isValid())
        ours.resetAt = newer.resetAt;
}

QJsonValue optionalJson(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject QuotaSnapshot::Window::toJson() const
{
    return QJsonObject{
        {QStringLiteral("used_percent"), usedPercent ? QJsonValue(*usedPercent) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("window_minutes"), windowMinutes ? QJsonValue(*windowMinutes) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reset_at"), resetAt.isValid() ? QJsonValue(resetAt.toSecsSinceEpoch())
                                                       : QJsonValue(QJsonValue::Null)},
    };
}

bool QuotaSnapshot::isEmpty() const
{
    return planType.isEmpty() && primary.isEmpty() && secondary.isEmpty() && !allowed && !limitReached
        && credits.isEmpty();
}

std::optional<QuotaSnapshot> QuotaSnapshot::fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers,
                                                        const QDateTime &now)
{
    QuotaSnapshot snapshot;
    snapshot.planType = QString::fromUtf8(headerValue(headers, "x-codex-plan-type"));
    snapshot.primary = windowFromHeaders(headers, "x-codex-primary", now);
    snapshot.secondary = windowFromHeaders(headers, "x-codex-secondary", now);
    if (snapshot.isEmpty())
        return std::nullopt;
    snapshot.updatedAt = now.toUTC();
    return snapshot;
}

std::optional<QuotaSnapshot> QuotaSnapshot::fromUsageJson(const QByteArray &body, const QDateTime &now,
                                                          QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("QuotaSnapshot", "The usage reply is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject json = doc.object();
    QuotaSnapshot snapshot;
    snapshot.planType = json.value(QLatin1String("plan_type")).toString();
    const QJsonObject rateLimit = json.value(QLatin1String("rate_limit")).toObject();
    snapshot.primary = windowFromJson(rateLimit.value(QLatin1String("primary_window")), now);
    snapshot.secondary = windowFromJson(rateLimit.value(QLatin1String("secondary_window")), now);
    if (const QJsonValue allowed = rateLimit.value(QLatin1String("allowed")); allowed.isBool())
        snapshot.allowed = allowed.toBool();
    if (const QJsonValue reached = rateLimit.value(QLatin1String("limit_reached")); reached.isBool())
        snapshot.limitReached = reached.toBool();
    snapshot.credits = json.value(QLatin1String("credits")).toObject();
    snapshot.updatedAt = now.toUTC();
    return snapshot;
}

void QuotaSnapshot::mergeFrom(const QuotaSnapshot &newer)
{
    if (!newer.planType.isEmpty())
        planType = newer.planType;
    mergeWindow(primary, newer.primary);
    mergeWindow(secondary, newer.secondary);
    if (newer.allowed)
        allowed = newer.allowed;
    if (newer.limitReached)
        limitReached = newer.limitReached;
    if (!newer.credits.isEmpty())
        credits = newer.credits;
    if (newer.updatedAt.isValid())
        updatedAt = newer.updatedAt;
}

QJsonObject QuotaSnapshot::toJson(const QDateTime &now) const
{
    const auto windowJson = [&now](const Window &window) {
        QJsonObject json = window.toJson();
        json.insert(QStringLiteral("resets_in_seconds"),
                    window.resetAt.isValid() ? QJsonValue(qMax<qint64>(0, now.secsTo(window.resetAt)))
                                             : QJsonValue(QJsonValue::Null));
        return json;
    };
    return QJsonObject{
        {QStringLiteral("plan_type"), planType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(planType)},
        {QStringLiteral("five_hour"), windowJson(primary)},
        {QStringLiteral("weekly"), windowJson(secondary)},
        {QStringLiteral("allowed"), optionalJson(allowed)},
        {QStringLiteral("limit_reached"), optionalJson(limitReached)},
        {QStringLiteral("credits"), credits.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(credits)},
        {QStringLiteral("updated_at"), updatedAt.isValid() ? QJsonValue(updatedAt.toString(Qt::ISODate))
                                                           : QJsonValue(QJsonValue::Null)},
    };
}
