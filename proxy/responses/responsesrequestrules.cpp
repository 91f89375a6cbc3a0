#include "responsesrequestrules.h"

#include <QJsonArray>

const QStringList &ResponsesRequestRules::allowedFields()
{
    static const QStringList fields{
        QStringLiteral("model"),       QStringLiteral("instructions"),     QStringLiteral("input"),
        QStringLiteral("tools"),       QStringLiteral("tool_choice"),      QStringLiteral("parallel_tool_calls"),
        QStringLiteral("reasoning"),   QStringLiteral("store"),            QStringLiteral("stream"),
        QStringLiteral("include"),     QStringLiteral("prompt_cache_key"), QStringLiteral("text"),
        QStringLiteral("service_tier")};
    return fields;
}

bool ResponsesRequestRules::isAllowedField(const QString &field)
{
    return allowedFields().contains(field);
}

QString ResponsesRequestRules::encryptedReasoningInclude()
{
    return QStringLiteral("reasoning.encrypted_content");
}

QString ResponsesRequestRules::encryptedContentPrefix()
{
    return QStringLiteral("gAAAA");
}

bool ResponsesRequestRules::isReplayableReasoning(const QString &encryptedContent)
{
    return encryptedContent.startsWith(encryptedContentPrefix());
}

QString ResponsesRequestRules::interruptedToolOutput()
{
    return QStringLiteral("tool call was interrupted");
}

QJsonObject ResponsesRequestRules::withoutReasoning(const QJsonObject &body)
{
    const QString inputKey = QStringLiteral("input");
    const QJsonArray input = body.value(inputKey).toArray();
    const QString reasoning = QStringLiteral("reasoning");
    const QString typeKey = QStringLiteral("type");
    QJsonArray kept;
    for (const QJsonValue &item : input) {
        if (item.toObject().value(typeKey).toString() != reasoning)
            kept.append(item);
    }
    if (kept.size() == input.size())
        return body;
    QJsonObject result = body;
    result.insert(inputKey, kept);
    return result;
}
