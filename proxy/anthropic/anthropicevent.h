#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class ApiError;

// One Anthropic Messages API stream event. `name` is always data["type"]; it is kept separately so the
// SSE writer and the aggregator can dispatch without a JSON lookup.
struct AnthropicEvent
{
    QByteArray name;
    QJsonObject data;

    // "event: <name>\ndata: <compact json>\n\n"
    QByteArray toSse() const;

    // The events every translator to the Messages API builds the same way.
    static AnthropicEvent messageStart(const QString &messageId, const QString &model, qint64 inputTokensEstimate);
    // {"type":"message_delta","delta":{"stop_reason",...},"usage":{...}}; inputTokens includes cachedTokens.
    static AnthropicEvent messageDelta(const QString &stopReason, qint64 inputTokens, qint64 cachedTokens,
                                       qint64 outputTokens);
    static AnthropicEvent error(const ApiError &error);
};
