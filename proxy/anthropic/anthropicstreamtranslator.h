#pragma once

#include "anthropic/anthropicevent.h"
#include "responses/responsesevent.h"
#include "responses/toolnamemapper.h"
#include "upstream/upstreamfailure.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// Translates one upstream Responses API stream (one response) into Anthropic Messages stream events.
//
// Pure and synchronous: the caller feeds parsed upstream events and writes what comes out. Guarantees:
// - `message_start` is held back until the first content block starts (or a successful terminal event),
//   so a failure before any output leaves nothing sent and the HTTP layer can still answer with a real
//   status (hasStarted() == false, hasFailed() == true, failure()).
// - Content blocks are contiguous (start, deltas, stop) with indices 0, 1, 2...: upstream items that
//   interleave are queued and replayed in output order.
// - A stream that fails after output started ends with an `error` event and no `message_stop`, never a
//   fake end of turn.
class AnthropicStreamTranslator
{
public:
    struct Options
    {
        QString clientModel;        // echoed back as message.model
        ToolNameMapper toolNames;   // restores the client's tool names
        qint64 inputTokensEstimate = 0;
    };

    // Token counts as upstream reported them (for logging and quota accounting).
    struct Usage
    {
        qint64 inputTokens = 0;     // including cached tokens
        qint64 cachedTokens = 0;
        qint64 outputTokens = 0;
        int webSearchRequests = 0;
    };

    explicit AnthropicStreamTranslator(Options options);
    ~AnthropicStreamTranslator();

    void feed(const ResponsesEvent &event, QList<AnthropicEvent> &out);
    // Upstream EOF. Without a terminal event before it, the response is a failure: an `error` event when
    // output had started, nothing otherwise (the caller may retry).
    void finish(QList<AnthropicEvent> &out);
    // A failure outside the stream (connection reset, timeout) ends the translation the same way.
    void fail(const UpstreamFailure &failure, QList<AnthropicEvent> &out);

    bool isTerminated() const { return m_terminated; }
    bool hasStarted() const { return m_started; }
    bool hasFailed() const { return m_failed; }
    const UpstreamFailure &failure() const { return m_failure; }

    const Usage &usage() const { return m_usage; }
    QString stopReason() const { return m_stopReason; } // empty until a successful end
    QString messageId() const { return m_messageId; }

private:
    Q_DISABLE_COPY(AnthropicStreamTranslator)

    enum class EventKind : quint8; // upstream event types this class acts on (defined in the .cpp)
    enum class ItemKind { Reasoning, Message, FunctionCall, WebSearch };
    enum class BlockKind { None, Thinking, Text, ToolUse };
    enum class DeltaKind { Text, Thinking, Signature, InputJson };

    // One upstream output item. Only the active item (the earliest one not done) emits; the events of
    // later items wait in `pending` until it is their turn.
    struct Item
    {
        ItemKind kind = ItemKind::Message;
        int outputIndex = -1;
        QString id;
        bool done = false;
        BlockKind openBlock = BlockKind::None;
        int blockIndex = -1;
        // reasoning
        int summaryIndex = -1;
        bool streamedThinking = false;
        // message
        int contentIndex = -1;
        bool streamedText = false;
        // function call
        QString callId;
        QString name;
        QString bufferedArguments;
        bool buffering = false;     // name unknown or `parallel` wrapper: hold the arguments until done
        bool streamedArguments = false;
        QList<ResponsesEvent> pending;
    };

    static EventKind classify(const QByteArray &type);
    static std::optional<ItemKind> kindOfItem(const QString &type);
    int findItem(const QJsonObject &data) const;
    int addItem(ItemKind kind, const QJsonObject &data, const QString &id);
    void route(int itemIndex, EventKind kind, const ResponsesEvent &event, QList<AnthropicEvent> &out);
    void advance(QList<AnthropicEvent> &out);
    void process(int itemIndex, EventKind kind, const ResponsesEvent &event, QList<AnthropicEvent> &out);

    void itemAdded(Item &item, const QJsonObject &itemJson, QList<AnthropicEvent> &out);
    void itemDone(Item &item, const QJsonObject &itemJson, QList<AnthropicEvent> &out);
    void reasoningDone(Item &item, const QJsonObject &itemJson, QList<AnthropicEvent> &out);
    void messageDone(Item &item, const QJsonObject &itemJson, QList<AnthropicEvent> &out);
    void functionCallDone(Item &item, const QJsonObject &itemJson, QList<AnthropicEvent> &out);
    void webSearchDone(Item &item, const QJsonObject &itemJson, QList<AnthropicEvent> &out);
    void summaryPart(Item &item, int summaryIndex, QList<AnthropicEvent> &out);
    void textDelta(Item &item, int contentIndex, const QString &text, QList<AnthropicEvent> &out);
    bool emitParallelWrapper(const Item &item, const QString &arguments, QList<AnthropicEvent> &out);
    void emitToolUse(const QString &id, const QString &upstreamName, const QString &arguments,
                     QList<AnthropicEvent> &out);
    QString toolUseId(const Item &item) const;
    void forceClose(Item &item, QList<AnthropicEvent> &out);

    void ensureMessageStart(QList<AnthropicEvent> &out);
    void openBlock(Item &item, BlockKind kind, const QJsonObject &contentBlock, QList<AnthropicEvent> &out);
    int startBlock(const QJsonObject &contentBlock, QList<AnthropicEvent> &out);
    void emitDelta(int index, DeltaKind kind, const QString &value, QList<AnthropicEvent> &out);
    void stopBlock(int index, QList<AnthropicEvent> &out);
    void closeBlock(Item &item, QList<AnthropicEvent> &out);

    void rememberCitationTitle(const QJsonObject &annotation);
    QString titleForUrl(const QString &url) const;

    void complete(const QJsonObject &response, bool incomplete, QList<AnthropicEvent> &out);
    void upstreamFailed(const QJsonObject &data, bool responseFailed, QList<AnthropicEvent> &out);

    Options m_options;
    QString m_messageId;
    std::vector<Item> m_items;
    size_t m_active = 0;
    int m_nextBlockIndex = 0;
    bool m_started = false;
    bool m_terminated = false;
    bool m_failed = false;
    bool m_sawToolUse = false;
    bool m_truncatedToolUse = false;
    UpstreamFailure m_failure;
    Usage m_usage;
    QString m_stopReason;
    QHash<QString, QString> m_citationTitles; // normalised url -> title, from url_citation annotations
};
