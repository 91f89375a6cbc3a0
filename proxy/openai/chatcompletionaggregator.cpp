#include "chatcompletionaggregator.h"

#include <QJsonArray>

void ChatCompletionAggregator::add(const QJsonObject &chunk)
{
    if (m_id.isEmpty())
        m_id = chunk.value(QLatin1String("id")).toString();
    if (m_model.isEmpty())
        m_model = chunk.value(QLatin1String("model")).toString();
    if (m_created == 0)
        m_created = chunk.value(QLatin1String("created")).toInteger();
    const QJsonValue usage = chunk.value(QLatin1String("usage"));
    if (usage.isObject())
        m_usage = usage.toObject();

    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
        if (finish.isString())
            m_finishReason = finish.toString();
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        if (delta.isEmpty())
            continue;

        const QString content = delta.value(QLatin1String("content")).toString();
        if (!content.isEmpty()) {
            m_content += content;
            m_hasContent = true;
        }
        m_reasoning += delta.value(QLatin1String("reasoning_content")).toString();
        m_refusal += delta.value(QLatin1String("refusal")).toString();

        const QJsonArray toolCalls = delta.value(QLatin1String("tool_calls")).toArray();
        for (const QJsonValue &callValue : toolCalls) {
            const QJsonObject call = callValue.toObject();
            const int index = call.value(QLatin1String("index")).toInt(-1);
            if (index < 0 || index > 4096) // an index is a position, not an allocation size
                continue;
            if (index >= m_toolCalls.size())
                m_toolCalls.resize(index + 1);
            ToolCall &target = m_toolCalls[index];
            const QString id = call.value(QLatin1String("id")).toString();
            if (!id.isEmpty())
                target.id = id;
            const QString type = call.value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                target.type = type;
            const QJsonObject function = call.value(QLatin1String("function")).toObject();
            const QString name = function.value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                target.name = name;
            target.arguments += function.value(QLatin1String("arguments")).toString();
        }
    }
}

QJsonObject ChatCompletionAggregator::completion() const
{
    QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")}};
    // OpenAI sends null content for a pure tool-call answer, "" for an empty answer.
    message.insert(QStringLiteral("content"),
                   m_hasContent || m_toolCalls.isEmpty() ? QJsonValue(m_content) : QJsonValue(QJsonValue::Null));
    message.insert(QStringLiteral("refusal"),
                   m_refusal.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_refusal));
    if (!m_reasoning.isEmpty())
        message.insert(QStringLiteral("reasoning_content"), m_reasoning);
    if (!m_toolCalls.isEmpty()) {
        QJsonArray toolCalls;
        for (const ToolCall &call : m_toolCalls) {
            toolCalls.append(QJsonObject{
                {QStringLiteral("id"), call.id},
                {QStringLiteral("type"), call.type},
                {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), call.name},
                                                         {QStringLiteral("arguments"), call.arguments}}}});
        }
        message.insert(QStringLiteral("tool_calls"), toolCalls);
    }

    QJsonObject usage = m_usage;
    if (usage.isEmpty()) {
        usage = QJsonObject{
            {QStringLiteral("prompt_tokens"), 0},
            {QStringLiteral("completion_tokens"), 0},
            {QStringLiteral("total_tokens"), 0},
            {QStringLiteral("prompt_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), 0}}},
            {QStringLiteral("completion_tokens_details"), QJsonObject{{QStringLiteral("reasoning_tokens"), 0}}},
        };
    }

    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("logprobs"), QJsonValue::Null},
                             // null only if no finish chunk came, which a complete stream always has
                             {QStringLiteral("finish_reason"), m_finishReason.isEmpty()
                                                                   ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(m_finishReason)}};
    return QJsonObject{{QStringLiteral("id"), m_id},
                       {QStringLiteral("object"), QStringLiteral("chat.completion")},
                       {QStringLiteral("created"), m_created},
                       {QStringLiteral("model"), m_model},
                       {QStringLiteral("choices"), QJsonArray{choice}},
                       {QStringLiteral("usage"), usage}};
}
