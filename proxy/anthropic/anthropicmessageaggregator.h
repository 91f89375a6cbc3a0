#pragma once

#include "anthropic/anthropicevent.h"
#include "core/apierror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Builds the non-streaming Messages API reply from the same events a streaming client would get, so
// both kinds of client see exactly the same content.
class AnthropicMessageAggregator
{
public:
    AnthropicMessageAggregator() = default;

    void add(const AnthropicEvent &event);

    // message_stop seen: message() is the whole reply.
    bool isComplete() const { return m_complete; }
    // An `error` event ended the stream.
    std::optional<ApiError> error() const { return m_error; }
    // The message as far as it got: {id, type, role, model, content, stop_reason, stop_sequence, usage}.
    QJsonObject message() const;

private:
    Q_DISABLE_COPY(AnthropicMessageAggregator)

    // Deltas are collected as strings and folded into the block once, in message().
    struct Block
    {
        QJsonObject start;  // content_block from content_block_start
        QString text;       // text / thinking deltas
        QString signature;
        QString partialJson; // input_json_delta for tool_use / server_tool_use
        QJsonArray citations;
    };

    QJsonObject m_message;
    QList<Block> m_blocks;
    bool m_complete = false;
    std::optional<ApiError> m_error;
};
