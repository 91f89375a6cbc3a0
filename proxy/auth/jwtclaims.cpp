#include "jwtclaims.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace {

const QLatin1String kAuthClaim("https://api.openai.com/auth");
const QLatin1String kProfileClaim("https://api.openai.com/profile");

QString stringClaim(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

QDateTime expiryFrom(const QJsonValue &exp)
{
    double seconds = 0;
    if (exp.isDouble()) {
        seconds = exp.toDouble();
    } else if (exp.isString()) {
        // Some issuers write numeric claims as strings; accept them rather than losing the expiry.
        bool ok = false;
        seconds = exp.toString().toDouble(&ok);
        if (!ok)
            return {};
    } else {
        return {};
    }
    // Reject NaN/inf/negative and values beyond year 9999 that QDateTime cannot represent sensibly.
    if (!std::isfinite(seconds) || seconds <= 0 || seconds > 253402300799.0)
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
}

} // namespace

JwtClaims JwtClaims::decode(const QString &jwt)
{
    return decode(QByteArrayView(jwt.trimmed().toLatin1()));
}

JwtClaims JwtClaims::decode(QByteArrayView jwt)
{
    JwtClaims claims;
    jwt = jwt.trimmed();
    const qsizetype firstDot = jwt.indexOf('.');
    if (firstDot < 0)
        return claims;
    const qsizetype secondDot = jwt.indexOf('.', firstDot + 1);
    // A JWS has exactly three parts; the signature may be empty (unsigned tokens), the payload may not.
    if (secondDot < 0 || jwt.indexOf('.', secondDot + 1) >= 0 || secondDot == firstDot + 1)
        return claims;

    const QByteArray encoded = jwt.sliced(firstDot + 1, secondDot - firstDot - 1).toByteArray();
    auto decoded = QByteArray::fromBase64Encoding(
        encoded, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    // Tolerate issuers that (wrongly) use the standard alphabet.
    if (!decoded)
        decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return claims;

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return claims;

    claims.m_valid = true;
    claims.m_payload = document.object();
    claims.m_email = stringClaim(claims.m_payload, QLatin1String("email"));
    if (claims.m_email.isEmpty())
        claims.m_email = stringClaim(claims.m_payload.value(kProfileClaim).toObject(), QLatin1String("email"));
    claims.m_expiresAt = expiryFrom(claims.m_payload.value(QLatin1String("exp")));

    const QJsonObject auth = claims.m_payload.value(kAuthClaim).toObject();
    claims.m_accountId = stringClaim(auth, QLatin1String("chatgpt_account_id"));
    claims.m_planType = stringClaim(auth, QLatin1String("chatgpt_plan_type"));
    claims.m_userId = stringClaim(auth, QLatin1String("chatgpt_user_id"));
    if (claims.m_userId.isEmpty())
        claims.m_userId = stringClaim(auth, QLatin1String("user_id"));
    return claims;
}
