#include "accounttokens.h"

#include "auth/jwtclaims.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString dateToString(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFromString(const QJsonValue &value)
{
    QDateTime dateTime = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return dateTime.isValid() ? dateTime.toUTC() : QDateTime();
}

} // namespace

AccountTokens::AccountTokens(QString id, QString access, QString refresh, QDateTime refreshedAt)
    : idToken(std::move(id))
    , accessToken(std::move(access))
    , refreshToken(std::move(refresh))
    , lastRefresh(std::move(refreshedAt))
{
    updateExpiryFromAccessToken();
}

bool AccountTokens::expiresWithin(std::chrono::seconds margin, const QDateTime &now) const
{
    if (!accessTokenExpiresAt.isValid())
        return true;
    return now.addSecs(margin.count()) >= accessTokenExpiresAt;
}

void AccountTokens::updateExpiryFromAccessToken()
{
    accessTokenExpiresAt = JwtClaims::decode(accessToken).expiresAt();
}

QByteArray AccountTokens::toSecret() const
{
    QJsonObject object{
        {QLatin1String("id_token"), idToken},
        {QLatin1String("access_token"), accessToken},
        {QLatin1String("refresh_token"), refreshToken},
    };
    if (accessTokenExpiresAt.isValid())
        object.insert(QLatin1String("expires_at"), dateToString(accessTokenExpiresAt));
    if (lastRefresh.isValid())
        object.insert(QLatin1String("last_refresh"), dateToString(lastRefresh));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<AccountTokens> AccountTokens::fromSecret(const QByteArray &secret)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(secret, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    AccountTokens tokens;
    tokens.idToken = object.value(QLatin1String("id_token")).toString();
    tokens.accessToken = object.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    tokens.accessTokenExpiresAt = dateFromString(object.value(QLatin1String("expires_at")));
    // Older or hand-made entries may lack expires_at; the access token itself still knows.
    if (!tokens.accessTokenExpiresAt.isValid())
        tokens.updateExpiryFromAccessToken();
    tokens.lastRefresh = dateFromString(object.value(QLatin1String("last_refresh")));
    return tokens;
}
