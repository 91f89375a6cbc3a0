#include "chatcompaterror.h"

#include <QCoreApplication>

namespace {
QString translate(const char *text)
{
    return QCoreApplication::translate("ChatCompatError", text);
}
} // namespace

ApiError ChatCompatError::toApiError(const UpstreamFailure &failure, const QString &providerName)
{
    const QString detail = failure.message.isEmpty() ? failure.code : failure.message;
    switch (failure.kind()) {
    case UpstreamFailure::Kind::Unauthorized:
        return ApiError(401, translate("Provider %1 rejected the API key (%2). Check it in the Providers settings.")
                                 .arg(providerName, detail));
    case UpstreamFailure::Kind::UsageLimit:
    case UpstreamFailure::Kind::RateLimited: {
        ApiError error(429, translate("Provider %1 is rate limiting: %2").arg(providerName, detail));
        if (failure.resetsInSeconds >= 0)
            error.retryAfterSeconds = int(qMin<qint64>(failure.resetsInSeconds, 24 * 3600));
        return error;
    }
    case UpstreamFailure::Kind::ContextTooLong:
        return ApiError(413, QStringLiteral("request_too_large"),
                        translate("Prompt is too long for provider %1: %2").arg(providerName, detail));
    case UpstreamFailure::Kind::Overloaded:
        return ApiError(529, QStringLiteral("overloaded_error"),
                        translate("Provider %1 is overloaded: %2").arg(providerName, detail));
    case UpstreamFailure::Kind::ServerError:
        return ApiError(failure.httpStatus >= 500 && failure.httpStatus != 501 ? failure.httpStatus : 500,
                        QStringLiteral("api_error"), translate("Provider %1 failed: %2").arg(providerName, detail));
    case UpstreamFailure::Kind::NetworkError:
        return ApiError(502, QStringLiteral("api_error"),
                        translate("Could not reach provider %1: %2").arg(providerName, detail));
    case UpstreamFailure::Kind::InvalidEncryptedContent:
    case UpstreamFailure::Kind::InvalidRequest:
        return ApiError(failure.httpStatus == 404 ? 404 : 400,
                        translate("Provider %1 refused the request: %2").arg(providerName, detail));
    case UpstreamFailure::Kind::Other:
        break;
    }
    return ApiError(500, QStringLiteral("api_error"), translate("Provider %1 failed: %2").arg(providerName, detail));
}
