#include "account.h"

namespace {

QString dateToString(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFromJson(const QJsonValue &value)
{
    const QDateTime dateTime = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return dateTime.isValid() ? dateTime.toUTC() : QDateTime();
}

} // namespace

bool Account::matches(const QString &emailOrAccountId) const
{
    if (emailOrAccountId.isEmpty())
        return false;
    return (!accountId.isEmpty() && accountId == emailOrAccountId)
        || (!email.isEmpty() && email.compare(emailOrAccountId, Qt::CaseInsensitive) == 0);
}

bool Account::isSameAccount(const Account &other) const
{
    if (!accountId.isEmpty() && !other.accountId.isEmpty())
        return accountId == other.accountId;
    return !email.isEmpty() && email.compare(other.email, Qt::CaseInsensitive) == 0;
}

QJsonObject Account::toJson() const
{
    QJsonObject json{
        {QLatin1String("email"), email},
        {QLatin1String("accountId"), accountId},
        {QLatin1String("userId"), userId},
        {QLatin1String("planType"), planType},
        {QLatin1String("status"), statusToString(status)},
    };
    if (addedAt.isValid())
        json.insert(QLatin1String("addedAt"), dateToString(addedAt));
    if (lastUsedAt.isValid())
        json.insert(QLatin1String("lastUsedAt"), dateToString(lastUsedAt));
    return json;
}

std::optional<Account> Account::fromJson(const QJsonObject &json)
{
    Account account;
    account.email = json.value(QLatin1String("email")).toString();
    account.accountId = json.value(QLatin1String("accountId")).toString();
    if (account.email.isEmpty() && account.accountId.isEmpty())
        return std::nullopt;
    account.userId = json.value(QLatin1String("userId")).toString();
    account.planType = json.value(QLatin1String("planType")).toString();
    account.addedAt = dateFromJson(json.value(QLatin1String("addedAt")));
    account.lastUsedAt = dateFromJson(json.value(QLatin1String("lastUsedAt")));
    account.status = statusFromString(json.value(QLatin1String("status")).toString());
    return account;
}

QString Account::statusToString(Status status)
{
    switch (status) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::SignInNeeded:
        return QStringLiteral("sign_in_needed");
    case Status::Disabled:
        return QStringLiteral("disabled");
    }
    return QStringLiteral("active");
}

Account::Status Account::statusFromString(const QString &status)
{
    if (status == QLatin1String("sign_in_needed"))
        return Status::SignInNeeded;
    if (status == QLatin1String("disabled"))
        return Status::Disabled;
    return Status::Active;
}
