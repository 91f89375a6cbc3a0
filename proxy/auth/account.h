#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// Metadata of one ChatGPT account the proxy can use. Contains no secret (tokens live in AccountTokens, stored by
// a SecretStore), so it may be written to accounts.json, shown in the UI and logged.
class Account
{
public:
    enum class Status {
        Active,       // usable
        SignInNeeded, // the refresh token was rejected (reused/expired/invalidated): the user must sign in again
        Disabled,     // switched off by the user; kept but never chosen (e.g. by rotation)
    };

    QString email;
    QString accountId; // chatgpt_account_id: one email can have several workspaces (personal, team...)
    QString userId;    // chatgpt_user_id
    QString planType;  // chatgpt_plan_type: free, plus, pro, team, business, enterprise, edu...
    QDateTime addedAt;
    QDateTime lastUsedAt;
    Status status = Status::Active;

    // The identity used to match and key the account: the account id when known, else the email.
    QString key() const { return accountId.isEmpty() ? email : accountId; }
    // True when `emailOrAccountId` names this account (account id compared exactly, email case-insensitively).
    bool matches(const QString &emailOrAccountId) const;
    // Same account as `other`: same account id when both have one, else same email.
    bool isSameAccount(const Account &other) const;

    QJsonObject toJson() const;
    // std::nullopt when `json` has neither an email nor an account id (such an entry cannot be addressed).
    static std::optional<Account> fromJson(const QJsonObject &json);

    static QString statusToString(Status status);
    // Unknown strings (e.g. written by a newer version) read as Active, so an account is not lost.
    static Status statusFromString(const QString &status);

    friend bool operator==(const Account &, const Account &) = default;
};
