#pragma once

#include "responses/responsesevent.h"
#include "responses/toolnamemapper.h"
#include "upstream/upstreamfailure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// Turns one upstream Responses stream into OpenAI `chat.completion.chunk` objects (one choice, index 0).
// Pure and incremental: feed() events in order, write the produced chunks, and after the terminal event
// (isTerminated()) end the SSE stream with "data: [DONE]". Nothing is produced before the first real
// output, so a failure that arrives first leaves hasStarted() false and the caller can still answer with
// an HTTP error (or retry). A failure after output has started is exposed via failure(); the caller then
// sends an error object instead of a finish chunk (never a fake "stop" on a truncated answer).
class ChatStreamTranslator
{
    Q_DECLARE_TR_FUNCTIONS(ChatStreamTranslator)
    Q_DISABLE_COPY(ChatStreamTranslator)

public:
    struct Options
    {
        QString clientModel;      // echoed back as "model"
        ToolNameMapper toolNames; // restores the client's tool names
        bool includeUsage = false; // stream_options.include_usage; set it for non-streaming aggregation
        qint64 created = 0;       // epoch seconds; 0: the upstream created_at, else now
    };

    explicit ChatStreamTranslator(Options options);

    void feed(const ResponsesEvent &event, QList<QJsonObject> &chunks);
    // Upstream EOF. Without a terminal event before it, the stream counts as failed.
    void finish(QList<QJsonObject> &chunks);

    bool isTerminated() const { return m_terminated; }
    bool hasStarted() const { return m_started; }
    bool hasFailed() const { return m_failed; }
    const UpstreamFailure &failure() const { return m_failure; }
    // "chatcmpl-..." once the first chunk was produced.
    const QString &completionId() const { return m_id; }

    // "data: {...}\n\n"
    static QByteArray toSse(const QJsonObject &chunk);

private:
    struct ToolCall
    {
        int index = -1;          // client-side tool_calls index; -1 until announced
        QString callId;
        QString name;            // upstream name
        QString bufferedArguments; // only while the call is held back (no name yet, or a `parallel` wrapper)
        bool held = false;
        bool sawArgumentDeltas = false;
    };

    void onCreated(const QJsonObject &data);
    void onOutputItemAdded(const QJsonObject &data, QList<QJsonObject> &chunks);
    void onOutputItemDone(const QJsonObject &data, QList<QJsonObject> &chunks);
    void onArgumentsDelta(const QJsonObject &data, QList<QJsonObject> &chunks);
    void onArgumentsDone(const QJsonObject &data, QList<QJsonObject> &chunks);
    void onTextDelta(const QJsonObject &data, const QString &text, bool fromDone, QList<QJsonObject> &chunks);
    void onReasoningDelta(const QJsonObject &data, const QString &text, bool fromDone, QList<QJsonObject> &chunks);
    void onTerminal(const QJsonObject &data, bool incomplete, QList<QJsonObject> &chunks);
    void onFailure(const QJsonObject &data);

    void announce(ToolCall &call, const QString &arguments, QList<QJsonObject> &chunks);
    void releaseHeldCall(ToolCall &call, const QString &arguments, QList<QJsonObject> &chunks);
    bool unwrapParallel(const ToolCall &call, const QString &arguments, QList<QJsonObject> &chunks);
    void emitToolCall(const QString &callId, const QString &clientName, const QString &arguments,
                      QList<QJsonObject> &chunks);

    void ensureStarted(QList<QJsonObject> &chunks);
    QJsonObject chunk(const QJsonObject &delta, const QJsonValue &finishReason) const;
    void appendDelta(const QString &field, const QString &text, QList<QJsonObject> &chunks);

    Options m_options;
    QString m_id;
    QString m_responseId;
    qint64 m_created = 0;
    QJsonObject m_chunkTemplate;  // id, object, created, model (+ usage:null)
    QJsonObject m_choiceTemplate; // index 0, empty delta, logprobs and finish_reason null

    QHash<QString, ToolCall> m_toolCalls; // by upstream item id
    int m_nextToolIndex = 0;

    QString m_lastTextItem; // item_id of the last text output, to separate message items
    int m_lastTextPart = -1;
    bool m_sawText = false;
    QString m_lastReasoningItem;
    int m_lastReasoningPart = -1;
    bool m_sawReasoning = false;

    bool m_started = false;
    bool m_terminated = false;
    bool m_failed = false;
    UpstreamFailure m_failure;
};
