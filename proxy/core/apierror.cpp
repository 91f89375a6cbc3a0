#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

ApiError::ApiError(int httpStatus, QString msg)
    : status(httpStatus)
    , message(std::move(msg))
{
}

ApiError::ApiError(int httpStatus, QString anthropicType, QString msg)
    : status(httpStatus)
    , type(std::move(anthropicType))
    , message(std::move(msg))
{
}

QString ApiError::anthropicTypeForStatus(int status)
{
    switch (status) {
    case 400: return QStringLiteral("invalid_request_error");
    case 401: return QStringLiteral("authentication_error");
    case 403: return QStringLiteral("permission_error");
    case 404: return QStringLiteral("not_found_error");
    case 413: return QStringLiteral("request_too_large");
    case 429: return QStringLiteral("rate_limit_error");
    case 529: return QStringLiteral("overloaded_error");
    default:
        return status >= 400 && status < 500 ? QStringLiteral("invalid_request_error")
                                             : QStringLiteral("api_error");
    }
}

QString ApiError::anthropicType() const
{
    return type.isEmpty() ? anthropicTypeForStatus(status) : type;
}

QString ApiError::openAiType() const
{
    switch (status) {
    case 401: return QStringLiteral("authentication_error");
    case 403: return QStringLiteral("permission_error");
    case 404: return QStringLiteral("not_found_error");
    case 429: return QStringLiteral("rate_limit_error");
    default:
        return status >= 400 && status < 500 ? QStringLiteral("invalid_request_error")
                                             : QStringLiteral("server_error");
    }
}

QByteArray ApiError::toAnthropicJson() const
{
    const QJsonObject err{{QStringLiteral("type"), anthropicType()}, {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                                     {QStringLiteral("error"), err}})
        .toJson(QJsonDocument::Compact);
}

QByteArray ApiError::toOpenAiJson() const
{
    const QJsonObject err{{QStringLiteral("message"), message},
                          {QStringLiteral("type"), openAiType()},
                          {QStringLiteral("param"), QJsonValue::Null},
                          {QStringLiteral("code"), anthropicType()}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), err}}).toJson(QJsonDocument::Compact);
}

QByteArray ApiError::toJson(Flavor flavor) const
{
    return flavor == Flavor::Anthropic ? toAnthropicJson() : toOpenAiJson();
}
