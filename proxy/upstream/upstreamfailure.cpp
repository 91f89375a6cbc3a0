#include "upstreamfailure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace {
qint64 toInt64(const QJsonValue &v)
{
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? n : -1;
    }
    return -1;
}
} // namespace

UpstreamFailure UpstreamFailure::fromJson(const QJsonObject &object, int status)
{
    UpstreamFailure f;
    f.httpStatus = status;
    QJsonObject err;
    if (object.value(QLatin1String("error")).isObject())
        err = object.value(QLatin1String("error")).toObject();
    else if (object.value(QLatin1String("response")).toObject().value(QLatin1String("error")).isObject())
        err = object.value(QLatin1String("response")).toObject().value(QLatin1String("error")).toObject();
    else
        err = object; // top-level {"type":"error","code":..,"message":..}
    f.code = err.value(QLatin1String("code")).toString();
    f.type = err.value(QLatin1String("type")).toString();
    if (f.type == QLatin1String("error"))
        f.type.clear();
    if (f.code.isEmpty() && !f.type.isEmpty())
        f.code = f.type;
    f.message = err.value(QLatin1String("message")).toString();
    if (f.message.isEmpty())
        f.message = object.value(QLatin1String("detail")).toString();
    f.resetsAt = toInt64(err.value(QLatin1String("resets_at")));
    f.resetsInSeconds = toInt64(err.value(QLatin1String("resets_in_seconds")));
    return f;
}

UpstreamFailure UpstreamFailure::fromBody(const QByteArray &body, int status)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return fromJson(doc.object(), status);
    UpstreamFailure f;
    f.httpStatus = status;
    // Not JSON (an HTML error page from a gateway, say): keep a short, printable excerpt only.
    f.message = QString::fromUtf8(body.left(200)).simplified();
    return f;
}

UpstreamFailure UpstreamFailure::network(const QString &message)
{
    UpstreamFailure f;
    f.code = QStringLiteral("network_error");
    f.message = message;
    return f;
}

UpstreamFailure::Kind UpstreamFailure::kind() const
{
    const QString text = message.toLower();
    if (code == QLatin1String("network_error"))
        return Kind::NetworkError;
    if (code == QLatin1String("context_length_exceeded") || text.contains(QLatin1String("context window"))
        || text.contains(QLatin1String("context length")))
        return Kind::ContextTooLong;
    if (code == QLatin1String("invalid_encrypted_content") || text.contains(QLatin1String("encrypted content")))
        return Kind::InvalidEncryptedContent;
    if (code == QLatin1String("usage_limit_reached") || code == QLatin1String("usage_not_included")
        || code == QLatin1String("insufficient_quota"))
        return Kind::UsageLimit;
    if (code == QLatin1String("server_is_overloaded") || code == QLatin1String("slow_down")
        || httpStatus == 503 || httpStatus == 529)
        return Kind::Overloaded;
    if (httpStatus == 401)
        return Kind::Unauthorized;
    if (httpStatus == 429 || code == QLatin1String("rate_limit_exceeded"))
        return Kind::RateLimited;
    if (httpStatus >= 500 || code == QLatin1String("server_error"))
        return Kind::ServerError;
    if (httpStatus >= 400)
        return Kind::InvalidRequest;
    return Kind::Other;
}

bool UpstreamFailure::isRetryableBeforeOutput() const
{
    switch (kind()) {
    case Kind::Overloaded:
    case Kind::ServerError:
    case Kind::NetworkError:
        return true;
    default:
        return false;
    }
}

ApiError UpstreamFailure::toApiError() const
{
    const QString detail = message.isEmpty() ? code : message;
    switch (kind()) {
    case Kind::Unauthorized:
        return ApiError(401, QCoreApplication::translate("UpstreamFailure",
                                                         "ChatGPT rejected the sign-in (%1). Sign in again with "
                                                         "`codex-bridge accounts add`.")
                                 .arg(detail));
    case Kind::UsageLimit: {
        ApiError e(429, QString());
        qint64 resetIn = resetsInSeconds;
        if (resetIn < 0 && resetsAt > 0)
            resetIn = qMax<qint64>(0, resetsAt - QDateTime::currentSecsSinceEpoch());
        if (resetIn >= 0) {
            e.retryAfterSeconds = int(qMin<qint64>(resetIn, 7 * 24 * 3600));
            const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(resetIn);
            e.message = QCoreApplication::translate("UpstreamFailure",
                                                    "ChatGPT usage limit reached; it resets at %1 (in %2 min).")
                            .arg(at.toString(Qt::ISODate))
                            .arg((resetIn + 59) / 60);
        } else {
            e.message = QCoreApplication::translate("UpstreamFailure", "ChatGPT usage limit reached: %1").arg(detail);
        }
        return e;
    }
    case Kind::RateLimited:
        return ApiError(429, detail);
    case Kind::ContextTooLong:
        return ApiError(413, QStringLiteral("request_too_large"),
                        QCoreApplication::translate("UpstreamFailure", "Prompt is too long: %1").arg(detail));
    case Kind::Overloaded:
        return ApiError(529, QStringLiteral("overloaded_error"),
                        QCoreApplication::translate("UpstreamFailure", "The ChatGPT backend is overloaded: %1")
                            .arg(detail));
    case Kind::ServerError:
        return ApiError(httpStatus >= 500 ? (httpStatus == 501 ? 500 : httpStatus) : 500, QStringLiteral("api_error"),
                        QCoreApplication::translate("UpstreamFailure", "The ChatGPT backend failed: %1").arg(detail));
    case Kind::NetworkError:
        return ApiError(502, QStringLiteral("api_error"),
                        QCoreApplication::translate("UpstreamFailure", "Could not reach the ChatGPT backend: %1")
                            .arg(detail));
    case Kind::InvalidEncryptedContent:
    case Kind::InvalidRequest:
        return ApiError(httpStatus == 404 ? 404 : 400, detail);
    case Kind::Other:
        break;
    }
    return ApiError(500, QStringLiteral("api_error"), detail.isEmpty() ? QStringLiteral("upstream error") : detail);
}
