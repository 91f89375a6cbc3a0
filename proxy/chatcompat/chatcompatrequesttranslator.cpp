#include "chatcompatrequesttranslator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
constexpr auto billingHeaderPrefix = QLatin1String("x-anthropic-billing-header:");
constexpr auto toolErrorPrefix = QLatin1String("[tool execution error]\n");
constexpr auto systemReminderOpen = QLatin1String("<system-reminder>");
constexpr auto systemReminderClose = QLatin1String("</system-reminder>");

QString tr(const char *text)
{
    return QCoreApplication::translate("ChatCompatRequestTranslator", text);
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject textPart(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

// Content parts -> the plainest shape a server accepts: a string when every part is text.
QJsonValue collapse(const QJsonArray &parts)
{
    QStringList texts;
    for (const QJsonValue &part : parts) {
        const QJsonObject object = part.toObject();
        if (str(object, "type") != QLatin1String("text"))
            return parts;
        texts << str(object, "text");
    }
    return texts.join(QLatin1String("\n\n"));
}

// Claude Code puts system messages between turns. Chat templates of many local models refuse a system message
// that is not the first, so (as on the Codex path) the text goes into a user turn inside <system-reminder>.
QJsonArray asSystemReminder(const QJsonArray &blocks)
{
    QStringList texts;
    QJsonArray rest;
    for (const QJsonValue &value : blocks) {
        const QJsonObject block = value.toObject();
        if (str(block, "type") == QLatin1String("text")) {
            if (!str(block, "text").trimmed().isEmpty())
                texts << str(block, "text");
        } else {
            rest.append(value);
        }
    }
    QJsonArray out;
    if (!texts.isEmpty()) {
        QString joined = texts.join(QLatin1String("\n\n"));
        if (!joined.trimmed().startsWith(systemReminderOpen))
            joined = systemReminderOpen + QLatin1Char('\n') + joined + QLatin1Char('\n') + systemReminderClose;
        out.append(textPart(joined));
    }
    for (const QJsonValue &value : std::as_const(rest))
        out.append(value);
    return out;
}

class Translation
{
public:
    explicit Translation(ChatCompatRequestTranslator::Result &result)
        : m_result(result)
    {
    }

    bool run(const QJsonObject &request, const QString &model, bool streaming);

private:
    bool fail(const QString &message)
    {
        m_result.error = ApiError(400, QStringLiteral("invalid_request_error"), message);
        return false;
    }
    bool convertSystem(const QJsonValue &system);
    bool convertMessage(const QJsonValue &value, qsizetype index);
    bool convertUser(const QJsonArray &blocks, const QString &path);
    bool convertAssistant(const QJsonArray &blocks, const QString &path);
    bool appendImage(QJsonArray &parts, const QJsonObject &block, const QString &path);
    bool appendDocument(QJsonArray &parts, const QJsonObject &block, const QString &path);
    bool appendToolResult(const QJsonObject &block, const QString &path, QJsonArray &imagesAfter);
    bool convertTools(const QJsonValue &tools);
    bool convertToolChoice(const QJsonValue &choice);

    ChatCompatRequestTranslator::Result &m_result;
    QJsonArray m_messages;
    QJsonArray m_tools;
    QJsonValue m_toolChoice = QJsonValue(QJsonValue::Undefined);
    bool m_noParallel = false;
};

bool Translation::convertSystem(const QJsonValue &system)
{
    QStringList texts;
    if (system.isString()) {
        texts << system.toString();
    } else if (system.isArray()) {
        const QJsonArray blocks = system.toArray();
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const QJsonObject block = blocks.at(i).toObject();
            if (str(block, "type") != QLatin1String("text"))
                return fail(tr("system.%1: only text blocks are supported in the system prompt").arg(i));
            const QString text = str(block, "text");
            // Claude Code's billing marker means nothing to another provider.
            if (!text.startsWith(billingHeaderPrefix))
                texts << text;
        }
    } else if (!system.isUndefined() && !system.isNull()) {
        return fail(tr("system: must be a string or an array of text blocks"));
    }
    texts.removeAll(QString());
    if (!texts.isEmpty())
        m_messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                      {QStringLiteral("content"), texts.join(QLatin1String("\n\n"))}});
    return true;
}

bool Translation::appendImage(QJsonArray &parts, const QJsonObject &block, const QString &path)
{
    const QJsonObject source = block.value(QLatin1String("source")).toObject();
    const QString type = str(source, "type");
    QString url;
    if (type == QLatin1String("base64")) {
        const QString mediaType = str(source, "media_type");
        const QString data = str(source, "data");
        if (mediaType.isEmpty() || data.isEmpty())
            return fail(tr("%1.source: media_type and data are required for a base64 image").arg(path));
        url = data.startsWith(QLatin1String("data:")) ? data
                                                      : QLatin1String("data:") + mediaType + QLatin1String(";base64,") + data;
    } else if (type == QLatin1String("url")) {
        url = str(source, "url");
        if (url.isEmpty())
            return fail(tr("%1.source.url: field required (a non-empty string)").arg(path));
    } else {
        return fail(tr("%1.source.type: image source \"%2\" is not supported (use \"base64\" or \"url\")")
                        .arg(path, type));
    }
    parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                             {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), url}}}});
    ++m_result.imageCount;
    return true;
}

bool Translation::appendDocument(QJsonArray &parts, const QJsonObject &block, const QString &path)
{
    const QJsonObject source = block.value(QLatin1String("source")).toObject();
    const QString type = str(source, "type");
    const QString title = str(block, "title");
    if (type == QLatin1String("text")) {
        const QString text = str(source, "data");
        parts.append(textPart(title.isEmpty() ? text : title + QLatin1String("\n\n") + text));
        return true;
    }
    if (type == QLatin1String("base64")) {
        const QString mediaType = str(source, "media_type");
        const QString data = str(source, "data");
        if (mediaType.isEmpty() || data.isEmpty())
            return fail(tr("%1.source: media_type and data are required for a base64 document").arg(path));
        if (mediaType.startsWith(QLatin1String("text/"))) {
            parts.append(textPart(QString::fromUtf8(QByteArray::fromBase64(data.toLatin1()))));
            return true;
        }
        QString filename = title.isEmpty() ? QStringLiteral("document") : title;
        if (mediaType == QLatin1String("application/pdf") && !filename.endsWith(QLatin1String(".pdf")))
            filename += QLatin1String(".pdf");
        parts.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("file")},
            {QStringLiteral("file"),
             QJsonObject{{QStringLiteral("filename"), filename},
                         {QStringLiteral("file_data"), QLatin1String("data:") + mediaType + QLatin1String(";base64,") + data}}}});
        return true;
    }
    return fail(tr("%1.source.type: document source \"%2\" is not supported").arg(path, type));
}

bool Translation::appendToolResult(const QJsonObject &block, const QString &path, QJsonArray &imagesAfter)
{
    const QString id = str(block, "tool_use_id");
    if (id.isEmpty())
        return fail(tr("%1.tool_use_id: field required (a non-empty string)").arg(path));
    const QJsonValue content = block.value(QLatin1String("content"));
    QStringList texts;
    if (content.isString()) {
        texts << content.toString();
    } else if (content.isArray()) {
        const QJsonArray inner = content.toArray();
        for (qsizetype i = 0; i < inner.size(); ++i) {
            const QJsonObject part = inner.at(i).toObject();
            const QString type = str(part, "type");
            const QString partPath = QStringLiteral("%1.content.%2").arg(path).arg(i);
            if (type == QLatin1String("text"))
                texts << str(part, "text");
            else if (type == QLatin1String("image") && !appendImage(imagesAfter, part, partPath))
                return false;
            else if (type == QLatin1String("document")) {
                QJsonArray docParts;
                if (!appendDocument(docParts, part, partPath))
                    return false;
                for (const QJsonValue &p : std::as_const(docParts)) {
                    if (str(p.toObject(), "type") == QLatin1String("text"))
                        texts << str(p.toObject(), "text");
                    else
                        imagesAfter.append(p);
                }
            } else if (type != QLatin1String("image")) {
                texts << QString::fromUtf8(QJsonDocument(part).toJson(QJsonDocument::Compact));
            }
        }
    } else if (!content.isUndefined() && !content.isNull()) {
        return fail(tr("%1.content: must be a string or an array of content blocks").arg(path));
    }
    QString text = texts.join(QLatin1String("\n\n"));
    if (block.value(QLatin1String("is_error")).toBool())
        text.prepend(toolErrorPrefix);
    m_messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                                  {QStringLiteral("tool_call_id"), id},
                                  {QStringLiteral("content"), text}});
    return true;
}

bool Translation::convertUser(const QJsonArray &blocks, const QString &path)
{
    QJsonArray parts;
    QJsonArray toolImages;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString blockPath = QStringLiteral("%1.%2").arg(path).arg(i);
        if (!blocks.at(i).isObject())
            return fail(tr("%1: each content block must be an object").arg(blockPath));
        const QJsonObject block = blocks.at(i).toObject();
        const QString type = str(block, "type");
        if (type == QLatin1String("text")) {
            if (!str(block, "text").isEmpty())
                parts.append(textPart(str(block, "text")));
        } else if (type == QLatin1String("image")) {
            if (!appendImage(parts, block, blockPath))
                return false;
        } else if (type == QLatin1String("document")) {
            if (!appendDocument(parts, block, blockPath))
                return false;
        } else if (type == QLatin1String("tool_result")) {
            // Tool messages must directly follow the assistant's calls, before any user text.
            if (!appendToolResult(block, blockPath, toolImages))
                return false;
        } else if (type == QLatin1String("thinking") || type == QLatin1String("redacted_thinking")) {
            continue;
        } else {
            return fail(tr("%1.type: content block type \"%2\" is not supported here").arg(blockPath, type));
        }
    }
    for (const QJsonValue &image : std::as_const(toolImages))
        parts.append(image);
    if (!parts.isEmpty())
        m_messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                      {QStringLiteral("content"), collapse(parts)}});
    return true;
}

bool Translation::convertAssistant(const QJsonArray &blocks, const QString &path)
{
    QStringList texts;
    QJsonArray calls;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString blockPath = QStringLiteral("%1.%2").arg(path).arg(i);
        const QJsonObject block = blocks.at(i).toObject();
        const QString type = str(block, "type");
        if (type == QLatin1String("text")) {
            texts << str(block, "text");
        } else if (type == QLatin1String("tool_use")) {
            const QString id = str(block, "id");
            const QString name = str(block, "name");
            if (id.isEmpty() || name.isEmpty())
                return fail(tr("%1: a tool_use block needs an id and a name").arg(blockPath));
            const QJsonValue input = block.value(QLatin1String("input"));
            const QByteArray arguments = input.isObject()
                ? QJsonDocument(input.toObject()).toJson(QJsonDocument::Compact)
                : QByteArrayLiteral("{}");
            calls.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("type"), QStringLiteral("function")},
                {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), name},
                                                         {QStringLiteral("arguments"), QString::fromUtf8(arguments)}}}});
        }
        // thinking, redacted_thinking, server tool history: produced by another model, meaningless here.
    }
    texts.removeAll(QString());
    if (texts.isEmpty() && calls.isEmpty())
        return true;
    QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"), texts.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(texts.join(QString()))}};
    if (!calls.isEmpty())
        message.insert(QStringLiteral("tool_calls"), calls);
    m_messages.append(message);
    return true;
}

bool Translation::convertMessage(const QJsonValue &value, qsizetype index)
{
    const QString path = QStringLiteral("messages.%1").arg(index);
    if (!value.isObject())
        return fail(tr("%1: each message must be an object").arg(path));
    const QJsonObject message = value.toObject();
    const QString role = str(message, "role");
    if (role != QLatin1String("user") && role != QLatin1String("assistant") && role != QLatin1String("system"))
        return fail(tr("%1.role: must be \"user\", \"assistant\" or \"system\"").arg(path));
    const QJsonValue content = message.value(QLatin1String("content"));
    QJsonArray blocks;
    if (content.isString())
        blocks.append(textPart(content.toString()));
    else if (content.isArray())
        blocks = content.toArray();
    else
        return fail(tr("%1.content: must be a string or an array of content blocks").arg(path));
    const QString contentPath = path + QLatin1String(".content");
    if (role == QLatin1String("system"))
        return convertUser(asSystemReminder(blocks), contentPath);
    return role == QLatin1String("user") ? convertUser(blocks, contentPath) : convertAssistant(blocks, contentPath);
}

bool Translation::convertTools(const QJsonValue &tools)
{
    if (tools.isUndefined() || tools.isNull())
        return true;
    if (!tools.isArray())
        return fail(tr("tools: must be an array"));
    const QJsonArray array = tools.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject tool = array.at(i).toObject();
        const QString name = str(tool, "name");
        const QString type = str(tool, "type");
        if (!type.isEmpty() && type != QLatin1String("custom"))
            continue; // an Anthropic server tool (web search, ...): nothing to run it on the provider's side
        if (name.isEmpty())
            return fail(tr("tools.%1.name: field required").arg(i));
        QJsonObject function{{QStringLiteral("name"), name},
                             {QStringLiteral("parameters"),
                              tool.value(QLatin1String("input_schema")).isObject()
                                  ? tool.value(QLatin1String("input_schema")).toObject()
                                  : QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}};
        if (!str(tool, "description").isEmpty())
            function.insert(QStringLiteral("description"), str(tool, "description"));
        m_tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                   {QStringLiteral("function"), function}});
    }
    m_result.toolCount = int(m_tools.size());
    return true;
}

bool Translation::convertToolChoice(const QJsonValue &choice)
{
    if (choice.isUndefined() || choice.isNull())
        return true;
    const QJsonObject object = choice.toObject();
    const QString type = str(object, "type");
    m_noParallel = object.value(QLatin1String("disable_parallel_tool_use")).toBool(false);
    if (type == QLatin1String("auto"))
        m_toolChoice = QStringLiteral("auto");
    else if (type == QLatin1String("any"))
        m_toolChoice = QStringLiteral("required");
    else if (type == QLatin1String("none"))
        m_toolChoice = QStringLiteral("none");
    else if (type == QLatin1String("tool") && !str(object, "name").isEmpty())
        m_toolChoice = QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                   {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), str(object, "name")}}}};
    else
        return fail(tr("tool_choice: expected {\"type\": \"auto\" | \"any\" | \"none\" | \"tool\" (with a name)}"));
    return true;
}

bool Translation::run(const QJsonObject &request, const QString &model, bool streaming)
{
    const QJsonValue messages = request.value(QLatin1String("messages"));
    if (!messages.isArray())
        return fail(tr("messages: field required (an array)"));
    if (!convertSystem(request.value(QLatin1String("system"))))
        return false;
    const QJsonArray array = messages.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!convertMessage(array.at(i), i))
            return false;
    }
    if (!convertTools(request.value(QLatin1String("tools"))) || !convertToolChoice(request.value(QLatin1String("tool_choice"))))
        return false;

    QJsonObject &body = m_result.body;
    body.insert(QStringLiteral("model"), model);
    body.insert(QStringLiteral("messages"), m_messages);
    const QJsonValue maxTokens = request.value(QLatin1String("max_tokens"));
    if (maxTokens.isDouble())
        body.insert(QStringLiteral("max_tokens"), maxTokens.toInteger());
    else if (!maxTokens.isUndefined() && !maxTokens.isNull())
        return fail(tr("max_tokens: must be a number"));
    const QJsonValue stop = request.value(QLatin1String("stop_sequences"));
    if (stop.isArray() && !stop.toArray().isEmpty())
        body.insert(QStringLiteral("stop"), stop);
    else if (!stop.isUndefined() && !stop.isNull() && !stop.isArray())
        return fail(tr("stop_sequences: must be an array of strings"));
    for (const char *key : {"temperature", "top_p"}) {
        const QJsonValue value = request.value(QLatin1String(key));
        if (value.isDouble())
            body.insert(QLatin1String(key), value);
    }
    if (!m_tools.isEmpty()) {
        body.insert(QStringLiteral("tools"), m_tools);
        if (!m_toolChoice.isUndefined())
            body.insert(QStringLiteral("tool_choice"), m_toolChoice);
        if (m_noParallel)
            body.insert(QStringLiteral("parallel_tool_calls"), false);
    }
    body.insert(QStringLiteral("stream"), streaming);
    if (streaming)
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    return true;
}
} // namespace

ChatCompatRequestTranslator::Result ChatCompatRequestTranslator::translate(const QJsonObject &request,
                                                                           const QString &upstreamModel,
                                                                           bool streaming)
{
    Result result;
    Translation translation(result);
    if (!translation.run(request, upstreamModel, streaming))
        result.body = QJsonObject();
    return result;
}
