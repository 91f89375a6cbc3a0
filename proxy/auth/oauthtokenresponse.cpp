#include "auth/oauthtokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
// {"error":"code","error_description":"..."} (RFC 6749) or {"error":{"code":"...","message":"..."}} (OpenAI).
void readError(const QByteArray &body, QString *code, QString *description)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isString()) {
        *code = error.toString();
        *description = root.value(QLatin1String("error_description")).toString();
    } else if (error.isObject()) {
        const QJsonObject object = error.toObject();
        *code = object.value(QLatin1String("code")).toString();
        if (code->isEmpty())
            *code = object.value(QLatin1String("type")).toString();
        *description = object.value(QLatin1String("message")).toString();
    }
    if (code->isEmpty())
        *code = root.value(QLatin1String("code")).toString();
    // Bounded and single-line: it ends up in logs and terminal output.
    *code = code->left(100).simplified();
    *description = description->left(300).simplified();
}
} // namespace

bool OAuthTokenResponse::isSignInNeededCode(const QString &errorCode)
{
    return errorCode == QLatin1String("refresh_token_reused") || errorCode == QLatin1String("refresh_token_expired")
        || errorCode == QLatin1String("refresh_token_invalidated");
}

OAuthTokenResponse OAuthTokenResponse::fromHttpReply(Grant grant, int httpStatus, const QByteArray &body,
                                                     const QString &networkError)
{
    OAuthTokenResponse response;
    response.httpStatus = httpStatus;
    if (httpStatus == 0) {
        response.errorKind = ErrorKind::Transient;
        response.message = tr("Could not reach the sign-in server: %1").arg(networkError);
        return response;
    }
    if (httpStatus < 200 || httpStatus >= 300) {
        QString description;
        readError(body, &response.errorCode, &description);
        if (isSignInNeededCode(response.errorCode)
            || (grant == Grant::RefreshToken && response.errorCode == QLatin1String("invalid_grant"))) {
            response.errorKind = ErrorKind::SignInNeeded;
            response.message = tr("The ChatGPT login has expired or was used elsewhere (%1). Sign in again.")
                                   .arg(response.errorCode);
        } else if (httpStatus == 408 || httpStatus == 429 || httpStatus >= 500) {
            response.errorKind = ErrorKind::Transient;
            response.message = tr("The sign-in server is unavailable (HTTP %1). Try again later.").arg(httpStatus);
        } else {
            response.errorKind = ErrorKind::Rejected;
            const QString detail = description.isEmpty() ? response.errorCode
                                                         : response.errorCode + QStringLiteral(": ") + description;
            response.message = detail.isEmpty()
                ? tr("The sign-in server refused the request (HTTP %1).").arg(httpStatus)
                : tr("The sign-in server refused the request (HTTP %1, %2).").arg(httpStatus).arg(detail);
        }
        return response;
    }
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QString accessToken = root.value(QLatin1String("access_token")).toString();
    if (accessToken.isEmpty()) {
        response.errorKind = ErrorKind::InvalidResponse;
        response.message = tr("The sign-in server sent an answer without an access token.");
        return response;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    response.tokens = AccountTokens(root.value(QLatin1String("id_token")).toString(), accessToken,
                                    root.value(QLatin1String("refresh_token")).toString(), now);
    const QJsonValue expiresIn = root.value(QLatin1String("expires_in"));
    if (expiresIn.isDouble() && expiresIn.toDouble() > 0) {
        response.expiresInSeconds = qint64(expiresIn.toDouble());
        if (!response.tokens.accessTokenExpiresAt.isValid())
            response.tokens.accessTokenExpiresAt = now.addSecs(response.expiresInSeconds);
    }
    response.errorKind = ErrorKind::None;
    return response;
}
