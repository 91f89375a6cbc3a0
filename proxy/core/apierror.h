#pragma once

#include <QByteArray>
#include <QString>

// An error as the client will see it. The same error is rendered in the caller's API format:
// Anthropic {"type":"error","error":{"type","message"}} or OpenAI {"error":{"message","type","code"}}.
class ApiError
{
public:
    enum class Flavor { Anthropic, OpenAI };

    ApiError() = default;
    ApiError(int httpStatus, QString message);
    ApiError(int httpStatus, QString anthropicType, QString message);

    int status = 500;
    QString type;    // Anthropic error type; derived from the status when empty
    QString message;
    int retryAfterSeconds = -1; // >= 0 adds a retry-after header

    QString anthropicType() const;
    QString openAiType() const;
    QByteArray toAnthropicJson() const;
    QByteArray toOpenAiJson() const;
    QByteArray toJson(Flavor flavor) const;

    static QString anthropicTypeForStatus(int status);
};
