#pragma once

#include "anthropic/anthropicevent.h"
#include "core/apierror.h"
#include "upstream/upstreamfailure.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// Translates one OpenAI Chat Completions reply from a provider (a stream of `chat.completion.chunk` objects, or a
// whole non-streamed `chat.completion`) into Anthropic Messages stream events. Pure and synchronous.
//
// Same guarantees as AnthropicStreamTranslator on the Codex path:
// - `message_start` is held back until the first content block (or a successful end), so a failure before any
//   output leaves nothing sent: hasStarted() == false, hasFailed() == true, and the caller can still answer with
//   a real HTTP status or retry.
// - Blocks are contiguous (start, deltas, stop) and numbered 0, 1, 2...: `reasoning_content` / `reasoning` become
//   thinking blocks, `content` text blocks, each `tool_calls[].index` one tool_use block whose arguments may be
//   split across any number of chunks (a name or id that arrives after the first argument bytes is waited for).
// - Only a reply with a finish_reason ends the message (message_delta + message_stop). EOF without one, a
//   mid-stream `{"error": ...}` chunk or fail() end it with an `error` event and no message_stop once output has
//   started: never a fake end_turn. A tool call resumed after another block started cannot be represented
//   contiguously and fails the stream cleanly rather than corrupting the tool input.
class ChatCompatStreamTranslator
{
public:
    struct Options
    {
        QString clientModel;           // echoed back as message.model
        QString providerName;          // named in error messages
        qint64 inputTokensEstimate = 0; // message_start's usage until the provider reports real numbers
    };

    struct Usage
    {
        qint64 inputTokens = 0; // including cached
        qint64 cachedTokens = 0;
        qint64 outputTokens = 0;
    };

    explicit ChatCompatStreamTranslator(Options options);

    // One parsed `data:` chunk of a streamed reply.
    void feedChunk(const QJsonObject &chunk, QList<AnthropicEvent> &out);
    // A whole non-streamed reply; terminates the translation.
    void feedCompletion(const QJsonObject &completion, QList<AnthropicEvent> &out);
    // `data: [DONE]` or EOF.
    void finish(QList<AnthropicEvent> &out);
    // A failure outside the stream (network, timeout, HTTP error).
    void fail(const UpstreamFailure &failure, QList<AnthropicEvent> &out);

    bool isTerminated() const { return m_terminated; }
    bool hasStarted() const { return m_started; }
    bool hasFailed() const { return m_failed; }
    const UpstreamFailure &failure() const { return m_failure; }
    // The failure as the client sees it (naming the provider, not ChatGPT).
    ApiError error() const;
    const Usage &usage() const { return m_usage; }
    QString stopReason() const { return m_stopReason; }

private:
    Q_DISABLE_COPY(ChatCompatStreamTranslator)

    enum class BlockKind { None, Thinking, Text, ToolUse };

    struct ToolCall
    {
        QString id;
        QString name;
        QString pendingArguments; // arguments received before the name
        int blockIndex = -1;
        bool closed = false;
    };

    void delta(const QJsonObject &delta, QList<AnthropicEvent> &out);
    void toolCallDelta(const QJsonObject &call, int position, QList<AnthropicEvent> &out);
    void readUsage(const QJsonObject &usage);
    void appendText(BlockKind kind, const QString &text, QList<AnthropicEvent> &out);
    void ensureMessageStart(QList<AnthropicEvent> &out);
    void openBlock(BlockKind kind, const QJsonObject &contentBlock, QList<AnthropicEvent> &out);
    void closeBlock(QList<AnthropicEvent> &out);
    void emitDelta(const QJsonObject &delta, QList<AnthropicEvent> &out);
    void complete(QList<AnthropicEvent> &out);

    Options m_options;
    QString m_messageId;
    BlockKind m_open = BlockKind::None;
    int m_openIndex = -1;
    int m_openToolCall = -1; // tool_calls index of the open tool_use block
    int m_nextBlockIndex = 0;
    QHash<int, ToolCall> m_toolCalls;
    QString m_finishReason;
    bool m_sawToolUse = false;
    bool m_started = false;
    bool m_terminated = false;
    bool m_failed = false;
    UpstreamFailure m_failure;
    Usage m_usage;
    QString m_stopReason;
};
