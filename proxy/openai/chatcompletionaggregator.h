#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Builds the non-streaming `chat.completion` object from the chunks of a ChatStreamTranslator (one
// choice). Feed it every chunk of a terminated, non-failed stream; run the translator with
// includeUsage so the usage chunk is there (usage is always present in the result, zero if never seen).
class ChatCompletionAggregator
{
public:
    void add(const QJsonObject &chunk);
    QJsonObject completion() const;

private:
    struct ToolCall
    {
        QString id;
        QString type = QStringLiteral("function");
        QString name;
        QString arguments;
    };

    QString m_id;
    QString m_model;
    qint64 m_created = 0;
    QString m_content;
    bool m_hasContent = false;
    QString m_reasoning;
    QString m_refusal;
    QList<ToolCall> m_toolCalls; // by client index
    QString m_finishReason;
    QJsonObject m_usage;
};
