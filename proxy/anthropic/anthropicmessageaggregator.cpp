#include "anthropicmessageaggregator.h"

#include "core/loggingcategories.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

int statusForAnthropicType(const QString &type)
{
    if (type == QLatin1String("invalid_request_error"))
        return 400;
    if (type == QLatin1String("authentication_error"))
        return 401;
    if (type == QLatin1String("permission_error"))
        return 403;
    if (type == QLatin1String("not_found_error"))
        return 404;
    if (type == QLatin1String("request_too_large"))
        return 413;
    if (type == QLatin1String("rate_limit_error"))
        return 429;
    if (type == QLatin1String("overloaded_error"))
        return 529;
    return 500;
}

} // namespace

void AnthropicMessageAggregator::add(const AnthropicEvent &event)
{
    if (m_complete || m_error)
        return;
    const QJsonObject &data = event.data;
    const QByteArray &name = event.name;
    if (name == "content_block_delta") {
        const int index = data.value(QLatin1String("index")).toInt(-1);
        if (index < 0 || index >= m_blocks.size())
            return;
        Block &block = m_blocks[index];
        const QJsonObject delta = data.value(QLatin1String("delta")).toObject();
        const QString type = delta.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text_delta"))
            block.text += delta.value(QLatin1String("text")).toString();
        else if (type == QLatin1String("thinking_delta"))
            block.text += delta.value(QLatin1String("thinking")).toString();
        else if (type == QLatin1String("input_json_delta"))
            block.partialJson += delta.value(QLatin1String("partial_json")).toString();
        else if (type == QLatin1String("signature_delta"))
            block.signature = delta.value(QLatin1String("signature")).toString();
        else if (type == QLatin1String("citations_delta"))
            block.citations.append(delta.value(QLatin1String("citation")));
    } else if (name == "content_block_start") {
        const int index = data.value(QLatin1String("index")).toInt(-1);
        if (index != m_blocks.size()) {
            qCWarning(lcTranslate) << "ignoring an out-of-order content block" << index;
            return;
        }
        Block block;
        block.start = data.value(QLatin1String("content_block")).toObject();
        m_blocks.append(block);
    } else if (name == "message_start") {
        m_message = data.value(QLatin1String("message")).toObject();
    } else if (name == "message_delta") {
        const QJsonObject delta = data.value(QLatin1String("delta")).toObject();
        m_message.insert(QStringLiteral("stop_reason"), delta.value(QLatin1String("stop_reason")));
        m_message.insert(QStringLiteral("stop_sequence"), delta.value(QLatin1String("stop_sequence")));
        // message_delta usage is cumulative: its fields replace the estimate from message_start.
        QJsonObject usage = m_message.value(QLatin1String("usage")).toObject();
        const QJsonObject update = data.value(QLatin1String("usage")).toObject();
        for (auto it = update.constBegin(); it != update.constEnd(); ++it)
            usage.insert(it.key(), it.value());
        m_message.insert(QStringLiteral("usage"), usage);
    } else if (name == "message_stop") {
        m_complete = true;
    } else if (name == "error") {
        const QJsonObject error = data.value(QLatin1String("error")).toObject();
        const QString type = error.value(QLatin1String("type")).toString();
        m_error = ApiError(statusForAnthropicType(type), type, error.value(QLatin1String("message")).toString());
    }
}

QJsonObject AnthropicMessageAggregator::message() const
{
    QJsonArray content;
    for (const Block &block : m_blocks) {
        QJsonObject object = block.start;
        const QString type = object.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text")) {
            object.insert(QStringLiteral("text"), object.value(QLatin1String("text")).toString() + block.text);
            if (!block.citations.isEmpty())
                object.insert(QStringLiteral("citations"), block.citations);
        } else if (type == QLatin1String("thinking")) {
            object.insert(QStringLiteral("thinking"), object.value(QLatin1String("thinking")).toString() + block.text);
            if (!block.signature.isEmpty())
                object.insert(QStringLiteral("signature"), block.signature);
        } else if (!block.partialJson.isEmpty()) {
            // tool_use / server_tool_use: the streamed JSON text is the input.
            QJsonParseError parseError;
            const QJsonDocument input = QJsonDocument::fromJson(block.partialJson.toUtf8(), &parseError);
            if (input.isObject())
                object.insert(QStringLiteral("input"), input.object());
            else
                qCWarning(lcTranslate) << "tool input is not a JSON object:" << parseError.errorString();
        }
        content.append(object);
    }
    QJsonObject message = m_message;
    message.insert(QStringLiteral("content"), content);
    return message;
}
