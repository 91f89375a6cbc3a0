#pragma once

#include "core/apierror.h"

#include <QJsonObject>
#include <QString>

// An error reported by the Codex backend, either as an HTTP error reply or as a `response.failed` /
// `error` stream event, and what the proxy does about it (section 6 of the protocol contract).
class UpstreamFailure
{
public:
    enum class Kind {
        Unauthorized,          // 401: refresh the token once and retry
        UsageLimit,            // 429 usage_limit_reached: account exhausted until reset
        RateLimited,           // other 429
        ContextTooLong,        // context_length_exceeded -> 413 so Claude Code compacts
        InvalidEncryptedContent, // strip reasoning items and retry once
        Overloaded,            // server_is_overloaded / 503 / 529: retry with backoff
        ServerError,           // other 5xx: retry with backoff
        NetworkError,          // connection refused/reset/timeout: retry before output
        InvalidRequest,        // other 4xx: no retry
        Other,
    };

    int httpStatus = 0;   // 0 when the failure came inside a 200 stream
    QString code;         // e.g. "usage_limit_reached", "context_length_exceeded"
    QString type;         // upstream error type when given
    QString message;
    qint64 resetsAt = -1;        // epoch seconds
    qint64 resetsInSeconds = -1;

    // From an error body or event. Accepts {"error":{...}}, {"response":{"error":{...}}} (response.failed),
    // and the top-level {"type":"error","code","message"} shape.
    static UpstreamFailure fromJson(const QJsonObject &object, int httpStatus = 0);
    static UpstreamFailure fromBody(const QByteArray &body, int httpStatus);
    static UpstreamFailure network(const QString &message);

    Kind kind() const;
    bool isRetryableBeforeOutput() const;
    // What the client is told, in either API format.
    ApiError toApiError() const;
};
