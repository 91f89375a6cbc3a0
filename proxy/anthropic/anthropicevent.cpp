#include "anthropicevent.h"

#include "core/apierror.h"
#include "core/jsonwriter.h"

#include <QJsonArray>

QByteArray AnthropicEvent::toSse() const
{
    QByteArray sse;
    // Most events are one-token deltas; a larger event grows the buffer once or twice.
    sse.reserve(name.size() + 128);
    sse.append("event: ", 7).append(name).append("\ndata: ", 7);
    JsonWriter::appendCompactOrQt(sse, data);
    sse.append("\n\n", 2);
    return sse;
}

AnthropicEvent AnthropicEvent::messageStart(const QString &messageId, const QString &model, qint64 inputTokensEstimate)
{
    const QJsonObject usage{{QStringLiteral("input_tokens"), inputTokensEstimate},
                            {QStringLiteral("cache_creation_input_tokens"), 0},
                            {QStringLiteral("cache_read_input_tokens"), 0},
                            {QStringLiteral("output_tokens"), 0}};
    const QJsonObject message{{QStringLiteral("id"), messageId},
                              {QStringLiteral("type"), QStringLiteral("message")},
                              {QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("model"), model},
                              {QStringLiteral("content"), QJsonArray()},
                              {QStringLiteral("stop_reason"), QJsonValue::Null},
                              {QStringLiteral("stop_sequence"), QJsonValue::Null},
                              {QStringLiteral("usage"), usage}};
    return AnthropicEvent{QByteArrayLiteral("message_start"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("message_start")},
                                      {QStringLiteral("message"), message}}};
}

AnthropicEvent AnthropicEvent::messageDelta(const QString &stopReason, qint64 inputTokens, qint64 cachedTokens,
                                            qint64 outputTokens)
{
    const QJsonObject usage{{QStringLiteral("input_tokens"), qMax<qint64>(0, inputTokens - cachedTokens)},
                            {QStringLiteral("cache_creation_input_tokens"), 0},
                            {QStringLiteral("cache_read_input_tokens"), cachedTokens},
                            {QStringLiteral("output_tokens"), outputTokens}};
    return AnthropicEvent{QByteArrayLiteral("message_delta"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("message_delta")},
                                      {QStringLiteral("delta"), QJsonObject{{QStringLiteral("stop_reason"), stopReason},
                                                                            {QStringLiteral("stop_sequence"), QJsonValue::Null}}},
                                      {QStringLiteral("usage"), usage}}};
}

AnthropicEvent AnthropicEvent::error(const ApiError &error)
{
    return AnthropicEvent{
        QByteArrayLiteral("error"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                    {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), error.anthropicType()},
                                                          {QStringLiteral("message"), error.message}}}}};
}
