#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

// What is known of one account's usage limits (codex-protocol.md section 8). Every part is optional: the
// backend may leave any of them out, null or empty, and "unknown" must never read as "0 % used".
// "primary" is the short window (300 minutes = 5 hours), "secondary" the long one (10080 minutes = weekly).
class QuotaSnapshot
{
public:
    struct Window
    {
        std::optional<double> usedPercent;
        std::optional<int> windowMinutes;
        QDateTime resetAt; // UTC; invalid when unknown

        bool isEmpty() const { return !usedPercent && !windowMinutes && !resetAt.isValid(); }
        QJsonObject toJson() const;
        friend bool operator==(const Window &, const Window &) = default;
    };

    QString planType;
    Window primary;
    Window secondary;
    std::optional<bool> allowed;      // from /wham/usage only
    std::optional<bool> limitReached; // from /wham/usage only
    QJsonObject credits;              // /wham/usage "credits" as sent (has_credits, unlimited, balance); empty when absent
    QDateTime updatedAt;              // when any part was last learnt

    bool isEmpty() const;

    // From the x-codex-* headers of a /responses reply; std::nullopt when none of them carries a value.
    // `now` resolves *-reset-after-seconds when *-reset-at is absent.
    static std::optional<QuotaSnapshot> fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers,
                                                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    // From a GET /wham/usage body; std::nullopt (and *error) when it is not a JSON object.
    static std::optional<QuotaSnapshot> fromUsageJson(const QByteArray &body,
                                                      const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                                      QString *error = nullptr);

    // Takes every part that `newer` knows; keeps ours where it knows nothing.
    void mergeFrom(const QuotaSnapshot &newer);

    // {"plan_type", "five_hour":{used_percent, window_minutes, reset_at, resets_in_seconds}, "weekly":{...},
    //  "allowed", "limit_reached", "credits", "updated_at"}; unknown parts are null.
    QJsonObject toJson(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    friend bool operator==(const QuotaSnapshot &, const QuotaSnapshot &) = default;
};
Q_DECLARE_METATYPE(QuotaSnapshot)
