#include "anthropicrequesttranslator.h"

#include "core/loggingcategories.h"
#include "responses/functioncallpairing.h"
#include "responses/reasoningeffort.h"
#include "responses/responsesids.h"
#include "responses/responsesrequestrules.h"
#include "responses/toolschemacleaner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace {

// Anthropic-side literals of the translation, in one place.
constexpr auto billingHeaderPrefix = QLatin1String("x-anthropic-billing-header:");
constexpr auto toolErrorPrefix = QLatin1String("[tool execution error]\n");
constexpr auto systemReminderOpen = QLatin1String("<system-reminder>");
constexpr auto systemReminderClose = QLatin1String("</system-reminder>");
constexpr auto defaultPdfFilename = QLatin1String("document.pdf");
constexpr auto defaultFilename = QLatin1String("document");
constexpr auto webSearchToolTypePrefix = QLatin1String("web_search_");
constexpr auto legacySessionMarker = QLatin1String("_session_");
// Namespace of the name-based session keys (any fixed UUID; changing it invalidates upstream caches).
constexpr QUuid sessionKeyNamespace(0x5f0c2b1e, 0x8d4a, 0x4c36, 0x9a, 0x57, 0x1e, 0x3b, 0x62, 0xd0, 0x7f, 0x14);

// Keys, created once (QStringLiteral in a hot loop would be fine too, but this keeps the code short).
struct Keys
{
    const QString type = QStringLiteral("type");
    const QString text = QStringLiteral("text");
    const QString role = QStringLiteral("role");
    const QString content = QStringLiteral("content");
    const QString source = QStringLiteral("source");
    const QString name = QStringLiteral("name");
    const QString id = QStringLiteral("id");
    const QString input = QStringLiteral("input");
    const QString message = QStringLiteral("message");
    const QString user = QStringLiteral("user");
    const QString assistant = QStringLiteral("assistant");
    const QString system = QStringLiteral("system");
    const QString developer = QStringLiteral("developer");
    const QString inputText = QStringLiteral("input_text");
    const QString outputText = QStringLiteral("output_text");
    const QString inputImage = QStringLiteral("input_image");
    const QString inputFile = QStringLiteral("input_file");
    const QString imageUrl = QStringLiteral("image_url");
    const QString callId = QStringLiteral("call_id");
    const QString output = QStringLiteral("output");
    const QString arguments = QStringLiteral("arguments");
    const QString functionCall = QStringLiteral("function_call");
    const QString functionCallOutput = QStringLiteral("function_call_output");
    const QString reasoning = QStringLiteral("reasoning");
    const QString function = QStringLiteral("function");
    const QString webSearch = QStringLiteral("web_search");
    const QString mediaType = QStringLiteral("media_type");
    const QString data = QStringLiteral("data");
    const QString url = QStringLiteral("url");
    const QString base64 = QStringLiteral("base64");
    const QString title = QStringLiteral("title");
    const QString signature = QStringLiteral("signature");
    const QString effort = QStringLiteral("effort");
};

const Keys &k()
{
    static const Keys keys;
    return keys;
}

QString tr(const char *text)
{
    return AnthropicRequestTranslator::tr(text);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject textPart(const QString &type, const QString &text)
{
    return QJsonObject{{k().type, type}, {k().text, text}};
}

// Blocks the server ran for the client (hosted web search, web fetch, code execution, MCP connector):
// the upstream cannot replay them and the answer that followed carries what they found.
bool isServerToolHistory(const QString &type)
{
    return type == QLatin1String("server_tool_use") || type == QLatin1String("mcp_tool_use")
        || type == QLatin1String("container_upload") || type.endsWith(QLatin1String("_tool_result"));
}

// Any block we have no mapping for is kept as text, so new client block types (Claude Code's ToolSearch
// results, search results...) never fail a request.
QString unknownBlockAsText(const QJsonObject &block)
{
    const QJsonValue text = block.value(k().text);
    if (text.isString() && !text.toString().isEmpty())
        return text.toString();
    return compactJson(block);
}

bool isWrappedInSystemReminder(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(systemReminderOpen) && trimmed.endsWith(systemReminderClose);
}

QString effortFromOutputConfig(const QJsonObject &request)
{
    return request.value(QStringLiteral("output_config")).toObject().value(k().effort).toString().trimmed().toLower();
}

// One translation run: the items built so far and the first error.
class Translation
{
public:
    explicit Translation(TranslatedRequest &result, const RequestTranslationContext &ctx)
        : m_result(result)
        , m_ctx(ctx)
    {
    }

    bool failed() const { return m_result.error.has_value(); }
    bool fail(const QString &message)
    {
        if (!m_result.error)
            m_result.error = ApiError(400, message);
        return false;
    }

    bool collectTools(const QJsonValue &tools);
    void collectHistoryToolNames(const QJsonArray &messages);
    void buildToolNames() { m_result.toolNames = ToolNameMapper(m_toolNames); }
    QJsonArray convertTools() const;
    bool convertSystem(const QJsonValue &system);
    bool convertMessage(const QJsonValue &message, qsizetype index);
    bool convertToolChoice(const QJsonValue &toolChoice);
    bool convertEffort(const QJsonObject &request);
    bool convertTextFormat(const QJsonObject &request);
    QJsonObject buildBody(const QString &model, bool haveTools, const QJsonArray &tools);

private:
    struct FunctionTool
    {
        QString name;
        QJsonObject definition;
    };

    bool convertUserMessage(const QJsonArray &blocks, const QString &path);
    bool convertAssistantMessage(const QJsonArray &blocks, const QString &path);
    bool convertSystemMessage(const QJsonArray &blocks, const QString &path);
    bool appendImage(QJsonArray &parts, const QJsonObject &block, const QString &path);
    bool appendDocument(QJsonArray &parts, const QJsonObject &block, const QString &path);
    bool appendToolResult(const QJsonObject &block, const QString &path);
    bool appendToolUse(const QJsonObject &block, const QString &path);
    void appendMessage(const QString &role, const QJsonArray &parts);

    TranslatedRequest &m_result;
    const RequestTranslationContext &m_ctx;
    QJsonArray m_input;
    QString m_instructions;
    QList<FunctionTool> m_functionTools;
    QJsonObject m_webSearchTool;
    QSet<QString> m_webSearchToolNames;
    QSet<QString> m_functionToolNames;
    QStringList m_toolNames;
    QJsonValue m_toolChoice;
    bool m_parallelToolCalls = true;
    QJsonObject m_text;
};

bool Translation::collectTools(const QJsonValue &tools)
{
    if (tools.isUndefined() || tools.isNull())
        return true;
    if (!tools.isArray())
        return fail(tr("tools: must be an array of tool definitions"));

    const QJsonArray list = tools.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("tools.%1").arg(i);
        if (!list.at(i).isObject())
            return fail(tr("%1: each tool must be an object").arg(path));
        const QJsonObject tool = list.at(i).toObject();
        const QJsonValue typeValue = tool.value(k().type);
        if (!typeValue.isUndefined() && !typeValue.isNull() && !typeValue.isString())
            return fail(tr("%1.type: must be a string").arg(path));
        const QString type = typeValue.toString();
        const QJsonValue nameValue = tool.value(k().name);

        if (type.startsWith(webSearchToolTypePrefix) || type == k().webSearch) {
            m_webSearchToolNames.insert(nameValue.toString(k().webSearch));
            if (!m_webSearchTool.isEmpty())
                continue; // one hosted search tool is all the upstream takes
            QJsonObject search{{k().type, k().webSearch}};
            QJsonArray domains;
            for (const QJsonValue &domain : tool.value(QStringLiteral("allowed_domains")).toArray()) {
                if (domain.isString() && !domain.toString().isEmpty())
                    domains.append(domain);
            }
            if (!domains.isEmpty())
                search.insert(QStringLiteral("filters"), QJsonObject{{QStringLiteral("allowed_domains"), domains}});
            const QJsonObject location = tool.value(QStringLiteral("user_location")).toObject();
            if (!location.isEmpty()) {
                QJsonObject upstreamLocation{{k().type, QStringLiteral("approximate")}};
                for (const char *field : {"city", "region", "country", "timezone"}) {
                    const QJsonValue v = location.value(QLatin1String(field));
                    if (v.isString() && !v.toString().isEmpty())
                        upstreamLocation.insert(QLatin1String(field), v);
                }
                search.insert(QStringLiteral("user_location"), upstreamLocation);
            }
            m_webSearchTool = search;
            continue;
        }
        if (!type.isEmpty() && type != QLatin1String("custom")) {
            // Anthropic-defined tools (bash_*, text_editor_*, computer_*, code_execution_*...) have no
            // upstream equivalent; the type is not user content, so it may be logged.
            qCDebug(lcTranslate) << "skipping unsupported tool type" << type;
            continue;
        }
        if (!nameValue.isString() || nameValue.toString().isEmpty())
            return fail(tr("%1.name: field required (a non-empty string)").arg(path));
        const QString name = nameValue.toString();
        if (m_functionToolNames.contains(name))
            continue; // the upstream rejects duplicate names; the first definition wins
        m_functionToolNames.insert(name);
        m_toolNames.append(name);

        QJsonObject definition{{k().type, k().function},
                               {QStringLiteral("parameters"), ToolSchemaCleaner::clean(tool.value(QStringLiteral("input_schema")))},
                               {QStringLiteral("strict"), false}};
        const QJsonValue description = tool.value(QStringLiteral("description"));
        if (description.isString())
            definition.insert(QStringLiteral("description"), description);
        m_functionTools.append({name, definition});
    }
    return true;
}

void Translation::collectHistoryToolNames(const QJsonArray &messages)
{
    // Calls in the history may name tools no longer offered; they share the mapping so their short
    // names never collide with an offered tool's.
    for (const QJsonValue &message : messages) {
        const QJsonValue content = message.toObject().value(k().content);
        if (!content.isArray())
            continue;
        for (const QJsonValue &block : content.toArray()) {
            const QJsonObject object = block.toObject();
            if (object.value(k().type).toString() != QLatin1String("tool_use"))
                continue;
            const QString name = object.value(k().name).toString();
            if (!name.isEmpty() && !m_functionToolNames.contains(name) && !m_toolNames.contains(name))
                m_toolNames.append(name);
        }
    }
}

QJsonArray Translation::convertTools() const
{
    QJsonArray tools;
    for (const FunctionTool &tool : m_functionTools) {
        QJsonObject definition = tool.definition;
        definition.insert(k().name, m_result.toolNames.toUpstream(tool.name));
        tools.append(definition);
    }
    if (!m_webSearchTool.isEmpty())
        tools.append(m_webSearchTool);
    return tools;
}

bool Translation::convertSystem(const QJsonValue &system)
{
    QStringList texts;
    const auto take = [&texts](const QString &text) {
        if (!text.trimmed().isEmpty() && !text.startsWith(billingHeaderPrefix))
            texts.append(text);
    };
    if (system.isString()) {
        take(system.toString());
    } else if (system.isArray()) {
        const QJsonArray blocks = system.toArray();
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const QJsonObject block = blocks.at(i).toObject();
            const QJsonValue text = block.value(k().text);
            if (!blocks.at(i).isObject() || !text.isString())
                return fail(tr("system.%1: must be a text block with a string \"text\"").arg(i));
            take(text.toString());
        }
    } else if (!system.isUndefined() && !system.isNull()) {
        return fail(tr("system: must be a string or an array of text blocks"));
    }

    if (texts.isEmpty())
        return true;
    if (m_ctx.systemAsInstructions) {
        m_instructions = texts.join(QLatin1String("\n\n"));
        return true;
    }
    QJsonArray parts;
    for (const QString &text : std::as_const(texts))
        parts.append(textPart(k().inputText, text));
    appendMessage(k().developer, parts);
    return true;
}

bool Translation::convertMessage(const QJsonValue &messageValue, qsizetype index)
{
    const QString path = QStringLiteral("messages.%1").arg(index);
    if (!messageValue.isObject())
        return fail(tr("%1: each message must be an object").arg(path));
    const QJsonObject message = messageValue.toObject();
    const QString role = message.value(k().role).toString();
    if (role != k().user && role != k().assistant && role != k().system)
        return fail(tr("%1.role: must be \"user\", \"assistant\" or \"system\"").arg(path));

    const QJsonValue content = message.value(k().content);
    QJsonArray blocks;
    if (content.isString()) {
        blocks.append(QJsonObject{{k().type, k().text}, {k().text, content}});
    } else if (content.isArray()) {
        blocks = content.toArray();
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (!blocks.at(i).isObject() || !blocks.at(i).toObject().value(k().type).isString())
                return fail(tr("%1.content.%2: each content block must be an object with a string \"type\"")
                                .arg(path)
                                .arg(i));
        }
    } else {
        return fail(tr("%1.content: must be a string or an array of content blocks").arg(path));
    }

    const QString contentPath = path + QLatin1String(".content");
    if (role == k().assistant)
        return convertAssistantMessage(blocks, contentPath);
    if (role == k().system)
        return convertSystemMessage(blocks, contentPath);
    return convertUserMessage(blocks, contentPath);
}

bool Translation::convertUserMessage(const QJsonArray &blocks, const QString &path)
{
    QJsonArray parts;
    // Tool results go first so they directly follow their calls; text the client put beside them
    // (reminders, the next prompt) comes after.
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonObject block = blocks.at(i).toObject();
        const QString blockPath = QStringLiteral("%1.%2").arg(path).arg(i);
        const QString type = block.value(k().type).toString();
        if (type == k().text) {
            const QJsonValue text = block.value(k().text);
            if (!text.isString())
                return fail(tr("%1.text: must be a string").arg(blockPath));
            if (!text.toString().isEmpty())
                parts.append(textPart(k().inputText, text.toString()));
        } else if (type == QLatin1String("image")) {
            if (!appendImage(parts, block, blockPath))
                return false;
        } else if (type == QLatin1String("document")) {
            if (!appendDocument(parts, block, blockPath))
                return false;
        } else if (type == QLatin1String("tool_result")) {
            if (!appendToolResult(block, blockPath))
                return false;
        } else if (type == QLatin1String("thinking") || type == QLatin1String("redacted_thinking")
                   || isServerToolHistory(type)) {
            continue;
        } else {
            parts.append(textPart(k().inputText, unknownBlockAsText(block)));
        }
    }
    appendMessage(k().user, parts);
    return true;
}

bool Translation::convertAssistantMessage(const QJsonArray &blocks, const QString &path)
{
    QJsonArray parts;
    const auto flush = [this, &parts] {
        appendMessage(k().assistant, parts);
        parts = QJsonArray();
    };
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonObject block = blocks.at(i).toObject();
        const QString blockPath = QStringLiteral("%1.%2").arg(path).arg(i);
        const QString type = block.value(k().type).toString();
        if (type == k().text) {
            const QJsonValue text = block.value(k().text);
            if (!text.isString())
                return fail(tr("%1.text: must be a string").arg(blockPath));
            if (!text.toString().isEmpty())
                parts.append(textPart(k().outputText, text.toString()));
        } else if (type == QLatin1String("thinking")) {
            const QString signature = block.value(k().signature).toString();
            // Only our own backend's encrypted reasoning can be replayed; thinking from another
            // provider (Anthropic signatures) would be rejected, so it is dropped.
            if (!ResponsesRequestRules::isReplayableReasoning(signature))
                continue;
            flush();
            m_input.append(QJsonObject{{k().type, k().reasoning},
                                       {QStringLiteral("summary"), QJsonArray()},
                                       {QStringLiteral("encrypted_content"), signature}});
            ++m_result.reasoningItemCount;
        } else if (type == QLatin1String("tool_use")) {
            flush();
            if (!appendToolUse(block, blockPath))
                return false;
        } else if (type == QLatin1String("redacted_thinking") || isServerToolHistory(type)
                   || type == QLatin1String("image") || type == QLatin1String("document")) {
            // Not representable in an upstream assistant message.
            continue;
        } else {
            parts.append(textPart(k().outputText, unknownBlockAsText(block)));
        }
    }
    flush();
    return true;
}

bool Translation::convertSystemMessage(const QJsonArray &blocks, const QString &path)
{
    QStringList texts;
    QJsonArray attachments;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonObject block = blocks.at(i).toObject();
        const QString blockPath = QStringLiteral("%1.%2").arg(path).arg(i);
        const QString type = block.value(k().type).toString();
        if (type == k().text) {
            const QJsonValue text = block.value(k().text);
            if (!text.isString())
                return fail(tr("%1.text: must be a string").arg(blockPath));
            if (!text.toString().trimmed().isEmpty())
                texts.append(text.toString());
        } else if (type == QLatin1String("image")) {
            if (!appendImage(attachments, block, blockPath))
                return false;
        } else if (type == QLatin1String("document")) {
            if (!appendDocument(attachments, block, blockPath))
                return false;
        } else if (type == QLatin1String("thinking") || type == QLatin1String("redacted_thinking")
                   || isServerToolHistory(type)) {
            continue;
        } else {
            texts.append(unknownBlockAsText(block));
        }
    }

    // The upstream rejects system items mid-conversation; Claude Code's own convention for
    // out-of-band context inside a user turn is the <system-reminder> tag.
    QJsonArray parts;
    if (!texts.isEmpty()) {
        const QString joined = texts.join(QLatin1String("\n\n"));
        parts.append(textPart(k().inputText, isWrappedInSystemReminder(joined)
                                                 ? joined
                                                 : systemReminderOpen + QChar(u'\n') + joined + QChar(u'\n')
                                                       + systemReminderClose));
    }
    for (const QJsonValue &attachment : std::as_const(attachments))
        parts.append(attachment);
    appendMessage(k().user, parts);
    return true;
}

bool Translation::appendImage(QJsonArray &parts, const QJsonObject &block, const QString &path)
{
    const QJsonValue sourceValue = block.value(k().source);
    if (!sourceValue.isObject())
        return fail(tr("%1.source: field required (an object)").arg(path));
    const QJsonObject source = sourceValue.toObject();
    const QString sourceType = source.value(k().type).toString();
    QString url;
    if (sourceType == k().base64) {
        const QString mediaType = source.value(k().mediaType).toString();
        const QString data = source.value(k().data).toString();
        if (mediaType.isEmpty())
            return fail(tr("%1.source.media_type: field required (e.g. \"image/png\")").arg(path));
        if (data.isEmpty())
            return fail(tr("%1.source.data: field required (base64 image data)").arg(path));
        // Some clients put a whole data URL into `data`; do not wrap it twice.
        url = data.startsWith(QLatin1String("data:")) ? data
                                                      : QLatin1String("data:") + mediaType + QLatin1String(";base64,") + data;
    } else if (sourceType == k().url) {
        url = source.value(k().url).toString();
        if (url.isEmpty())
            return fail(tr("%1.source.url: field required (a non-empty string)").arg(path));
    } else {
        return fail(tr("%1.source.type: image source \"%2\" is not supported (use \"base64\" or \"url\")")
                        .arg(path, sourceType));
    }
    parts.append(QJsonObject{{k().type, k().inputImage}, {k().imageUrl, url}});
    ++m_result.imageCount;
    m_result.hasImages = true;
    return true;
}

bool Translation::appendDocument(QJsonArray &parts, const QJsonObject &block, const QString &path)
{
    const QJsonValue sourceValue = block.value(k().source);
    if (!sourceValue.isObject())
        return fail(tr("%1.source: field required (an object)").arg(path));
    const QJsonObject source = sourceValue.toObject();
    const QString sourceType = source.value(k().type).toString();
    const QString title = block.value(k().title).toString().trimmed();
    const auto appendText = [&parts, &title](const QString &text) {
        parts.append(textPart(k().inputText, title.isEmpty() ? text : title + QLatin1String("\n\n") + text));
    };

    if (sourceType == k().base64) {
        const QString mediaType = source.value(k().mediaType).toString();
        const QString data = source.value(k().data).toString();
        if (mediaType.isEmpty())
            return fail(tr("%1.source.media_type: field required (e.g. \"application/pdf\")").arg(path));
        if (data.isEmpty())
            return fail(tr("%1.source.data: field required (base64 document data)").arg(path));
        if (mediaType.startsWith(QLatin1String("text/"))) {
            appendText(QString::fromUtf8(QByteArray::fromBase64(data.toLatin1())));
            return true;
        }
        const bool isPdf = mediaType == QLatin1String("application/pdf");
        QString filename = title;
        if (filename.isEmpty())
            filename = isPdf ? QString(defaultPdfFilename) : QString(defaultFilename);
        else if (isPdf && !filename.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            filename += QLatin1String(".pdf");
        parts.append(QJsonObject{{k().type, k().inputFile},
                                 {QStringLiteral("file_data"), QLatin1String("data:") + mediaType + QLatin1String(";base64,") + data},
                                 {QStringLiteral("filename"), filename}});
        return true;
    }
    if (sourceType == k().text) {
        const QJsonValue data = source.value(k().data);
        if (!data.isString())
            return fail(tr("%1.source.data: field required (the document text)").arg(path));
        appendText(data.toString());
        return true;
    }
    if (sourceType == k().url) {
        const QString url = source.value(k().url).toString();
        if (url.isEmpty())
            return fail(tr("%1.source.url: field required (a non-empty string)").arg(path));
        parts.append(QJsonObject{{k().type, k().inputFile}, {QStringLiteral("file_url"), url}});
        return true;
    }
    if (sourceType == k().content) {
        const QJsonValue content = source.value(k().content);
        if (content.isString()) {
            appendText(content.toString());
            return true;
        }
        const QJsonArray inner = content.toArray();
        for (qsizetype i = 0; i < inner.size(); ++i) {
            const QJsonObject innerBlock = inner.at(i).toObject();
            const QString innerPath = QStringLiteral("%1.source.content.%2").arg(path).arg(i);
            if (innerBlock.value(k().type).toString() == QLatin1String("image")) {
                if (!appendImage(parts, innerBlock, innerPath))
                    return false;
            } else {
                parts.append(textPart(k().inputText, unknownBlockAsText(innerBlock)));
            }
        }
        return true;
    }
    return fail(tr("%1.source.type: document source \"%2\" is not supported (use \"base64\", \"text\", "
                   "\"url\" or \"content\")")
                    .arg(path, sourceType));
}

bool Translation::appendToolUse(const QJsonObject &block, const QString &path)
{
    const QJsonValue id = block.value(k().id);
    if (!id.isString() || id.toString().isEmpty())
        return fail(tr("%1.id: field required (a non-empty string)").arg(path));
    const QJsonValue name = block.value(k().name);
    if (!name.isString() || name.toString().isEmpty())
        return fail(tr("%1.name: field required (a non-empty string)").arg(path));
    const QJsonValue input = block.value(k().input);
    QString arguments;
    if (input.isObject())
        arguments = compactJson(input.toObject());
    else if (input.isUndefined() || input.isNull())
        arguments = QStringLiteral("{}");
    else
        return fail(tr("%1.input: must be an object").arg(path));

    m_input.append(QJsonObject{{k().type, k().functionCall},
                               {k().callId, ResponsesIds::sanitize(id.toString())},
                               {k().name, m_result.toolNames.toUpstream(name.toString())},
                               {k().arguments, arguments}});
    return true;
}

bool Translation::appendToolResult(const QJsonObject &block, const QString &path)
{
    const QJsonValue id = block.value(QStringLiteral("tool_use_id"));
    if (!id.isString() || id.toString().isEmpty())
        return fail(tr("%1.tool_use_id: field required (a non-empty string)").arg(path));
    const bool isError = block.value(QStringLiteral("is_error")).toBool(false);
    const QJsonValue content = block.value(k().content);

    QJsonValue output;
    if (content.isUndefined() || content.isNull()) {
        output = isError ? QString(toolErrorPrefix) : QString();
    } else if (content.isString()) {
        output = isError ? toolErrorPrefix + content.toString() : content.toString();
    } else if (content.isArray()) {
        const QJsonArray blocks = content.toArray();
        QJsonArray parts;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const QString blockPath = QStringLiteral("%1.content.%2").arg(path).arg(i);
            if (!blocks.at(i).isObject())
                return fail(tr("%1: each content block must be an object").arg(blockPath));
            const QJsonObject inner = blocks.at(i).toObject();
            const QString type = inner.value(k().type).toString();
            if (type == k().text) {
                const QString text = inner.value(k().text).toString();
                if (!text.isEmpty())
                    parts.append(textPart(k().inputText, text));
            } else if (type == QLatin1String("image")) {
                if (!appendImage(parts, inner, blockPath))
                    return false;
            } else if (type == QLatin1String("document")) {
                if (!appendDocument(parts, inner, blockPath))
                    return false;
            } else {
                parts.append(textPart(k().inputText, unknownBlockAsText(inner)));
            }
        }
        if (parts.isEmpty()) {
            output = isError ? QString(toolErrorPrefix) : QString();
        } else {
            if (isError) {
                QJsonObject first = parts.first().toObject();
                if (first.value(k().type).toString() == k().inputText) {
                    first.insert(k().text, toolErrorPrefix + first.value(k().text).toString());
                    parts.replace(0, first);
                } else {
                    parts.prepend(textPart(k().inputText, QString(toolErrorPrefix)));
                }
            }
            output = parts;
        }
    } else {
        return fail(tr("%1.content: must be a string or an array of content blocks").arg(path));
    }

    m_input.append(QJsonObject{{k().type, k().functionCallOutput},
                               {k().callId, ResponsesIds::sanitize(id.toString())},
                               {k().output, output}});
    return true;
}

void Translation::appendMessage(const QString &role, const QJsonArray &parts)
{
    if (parts.isEmpty())
        return;
    m_input.append(QJsonObject{{k().type, k().message}, {k().role, role}, {k().content, parts}});
}

bool Translation::convertToolChoice(const QJsonValue &toolChoice)
{
    if (toolChoice.isUndefined() || toolChoice.isNull()) {
        m_toolChoice = QStringLiteral("auto");
        return true;
    }
    QString type;
    QJsonObject choice;
    if (toolChoice.isString()) {
        type = toolChoice.toString();
    } else if (toolChoice.isObject()) {
        choice = toolChoice.toObject();
        type = choice.value(k().type).toString();
        m_parallelToolCalls = !choice.value(QStringLiteral("disable_parallel_tool_use")).toBool(false);
    } else {
        return fail(tr("tool_choice: must be an object such as {\"type\":\"auto\"}"));
    }

    if (type == QLatin1String("auto")) {
        m_toolChoice = QStringLiteral("auto");
    } else if (type == QLatin1String("any")) {
        m_toolChoice = QStringLiteral("required");
    } else if (type == QLatin1String("none")) {
        m_toolChoice = QStringLiteral("none");
    } else if (type == QLatin1String("tool")) {
        const QString name = choice.value(k().name).toString();
        if (name.isEmpty())
            return fail(tr("tool_choice.name: field required when tool_choice.type is \"tool\""));
        if (m_webSearchToolNames.contains(name) && !m_webSearchTool.isEmpty())
            m_toolChoice = QJsonObject{{k().type, k().webSearch}};
        else if (m_functionToolNames.contains(name))
            m_toolChoice = QJsonObject{{k().type, k().function}, {k().name, m_result.toolNames.toUpstream(name)}};
        else
            return fail(tr("tool_choice.name: no tool named \"%1\" in tools").arg(name));
    } else {
        return fail(tr("tool_choice.type: must be \"auto\", \"any\", \"tool\" or \"none\""));
    }
    return true;
}

bool Translation::convertEffort(const QJsonObject &request)
{
    const QJsonValue thinkingValue = request.value(QStringLiteral("thinking"));
    QString requested;
    if (thinkingValue.isObject()) {
        const QJsonObject thinking = thinkingValue.toObject();
        const QString type = thinking.value(k().type).toString();
        if (type == QLatin1String("disabled")) {
            // The least the model can do; clamping "none" picks the lowest supported level.
            requested = ReasoningEffort::levels().constFirst();
        } else if (type == QLatin1String("enabled")) {
            const QJsonValue budget = thinking.value(QStringLiteral("budget_tokens"));
            if (budget.isUndefined() || budget.isNull())
                requested = ReasoningEffort::fromBudgetTokens(std::nullopt);
            else if (budget.isDouble())
                requested = ReasoningEffort::fromBudgetTokens(qint64(budget.toDouble()));
            else
                return fail(tr("thinking.budget_tokens: must be an integer"));
        } else {
            // "adaptive" (and any newer type): the client's effort setting decides.
            requested = effortFromOutputConfig(request);
        }
    } else if (thinkingValue.isUndefined() || thinkingValue.isNull()) {
        requested = effortFromOutputConfig(request);
    } else {
        return fail(tr("thinking: must be an object such as {\"type\":\"enabled\",\"budget_tokens\":8192}"));
    }
    if (requested.isEmpty())
        requested = m_ctx.defaultEffort;
    m_result.effort = ReasoningEffort::clamp(requested, m_ctx.supportedEfforts, m_ctx.defaultEffort);
    return true;
}

bool Translation::convertTextFormat(const QJsonObject &request)
{
    // Structured output (output_config.format json_schema) maps onto text.format.
    const QJsonObject format =
        request.value(QStringLiteral("output_config")).toObject().value(QStringLiteral("format")).toObject();
    if (format.value(k().type).toString() != QLatin1String("json_schema"))
        return true;
    const QJsonValue schema = format.value(QStringLiteral("schema"));
    if (!schema.isObject())
        return fail(tr("output_config.format.schema: field required (a JSON schema object)"));
    m_text = QJsonObject{{QStringLiteral("format"),
                          QJsonObject{{k().type, QStringLiteral("json_schema")},
                                      {k().name, QStringLiteral("output")},
                                      {QStringLiteral("schema"), ToolSchemaCleaner::clean(schema)},
                                      {QStringLiteral("strict"), false}}}};
    return true;
}

QJsonObject Translation::buildBody(const QString &model, bool haveTools, const QJsonArray &tools)
{
    const FunctionCallPairing::Report pairing = FunctionCallPairing::repair(m_input);
    m_result.synthesizedToolOutputs = pairing.synthesizedOutputs;
    m_result.orphanToolResults = pairing.orphanOutputs;
    if (pairing.synthesizedOutputs || pairing.orphanOutputs || pairing.renamedCalls) {
        qCDebug(lcTranslate) << "repaired tool pairing: synthesized" << pairing.synthesizedOutputs << "orphans"
                             << pairing.orphanOutputs << "renamed" << pairing.renamedCalls;
    }

    QJsonObject body{
        {QStringLiteral("model"), m_ctx.upstreamModel.isEmpty() ? model : m_ctx.upstreamModel},
        {QStringLiteral("instructions"), m_instructions},
        {k().input, m_input},
        {k().reasoning, QJsonObject{{k().effort, m_result.effort}, {QStringLiteral("summary"), QStringLiteral("auto")}}},
        {QStringLiteral("store"), false},
        {QStringLiteral("stream"), true},
        {QStringLiteral("include"), QJsonArray{ResponsesRequestRules::encryptedReasoningInclude()}},
    };
    if (haveTools) {
        body.insert(QStringLiteral("tools"), tools);
        body.insert(QStringLiteral("tool_choice"), m_toolChoice);
        body.insert(QStringLiteral("parallel_tool_calls"), m_parallelToolCalls);
    }
    if (!m_ctx.promptCacheKey.isEmpty())
        body.insert(QStringLiteral("prompt_cache_key"), m_ctx.promptCacheKey);
    if (!m_text.isEmpty())
        body.insert(QStringLiteral("text"), m_text);
    return body;
}

} // namespace

TranslatedRequest AnthropicRequestTranslator::translate(const QJsonObject &request, const RequestTranslationContext &ctx)
{
    TranslatedRequest result;
    Translation t(result, ctx);

    const QJsonValue model = request.value(QStringLiteral("model"));
    if (!model.isString() || model.toString().trimmed().isEmpty()) {
        t.fail(tr("model: field required (a non-empty string)"));
        return result;
    }
    const QJsonValue messagesValue = request.value(QStringLiteral("messages"));
    if (messagesValue.isUndefined() || messagesValue.isNull()) {
        t.fail(tr("messages: field required (an array of messages)"));
        return result;
    }
    if (!messagesValue.isArray()) {
        t.fail(tr("messages: must be an array of messages"));
        return result;
    }
    const QJsonArray messages = messagesValue.toArray();
    if (messages.isEmpty()) {
        t.fail(tr("messages: at least one message is required"));
        return result;
    }

    if (!t.collectTools(request.value(QStringLiteral("tools"))))
        return result;
    t.collectHistoryToolNames(messages);
    t.buildToolNames();
    const QJsonArray tools = t.convertTools();
    result.toolCount = int(tools.size());
    const bool haveTools = !tools.isEmpty();

    if (!t.convertSystem(request.value(QStringLiteral("system"))))
        return result;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (!t.convertMessage(messages.at(i), i))
            return result;
    }
    if (!t.convertToolChoice(request.value(QStringLiteral("tool_choice"))) || !t.convertEffort(request)
        || !t.convertTextFormat(request)) {
        return result;
    }
    result.body = t.buildBody(model.toString(), haveTools, tools);
    return result;
}

QString AnthropicRequestTranslator::sessionKey(const QByteArray &sessionHeader, const QJsonObject &request,
                                               const QByteArray &agentHeader)
{
    QString session = QString::fromUtf8(sessionHeader).trimmed();
    QString agent = QString::fromUtf8(agentHeader).trimmed();
    if (session.isEmpty()) {
        const QString userId =
            request.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString().trimmed();
        if (userId.startsWith(QChar(u'{'))) {
            // Current Claude Code: a JSON string {"device_id":..,"account_uuid":..,"session_id":..}.
            const QJsonObject ids = QJsonDocument::fromJson(userId.toUtf8()).object();
            session = ids.value(QStringLiteral("session_id")).toString().trimmed();
            if (agent.isEmpty())
                agent = ids.value(QStringLiteral("agent_id")).toString().trimmed();
        } else {
            // Older Claude Code: "user_<hash>_account_<uuid>_session_<uuid>".
            const qsizetype marker = userId.lastIndexOf(legacySessionMarker);
            if (marker >= 0)
                session = userId.mid(marker + legacySessionMarker.size());
        }
    }
    if (session.isEmpty())
        return {};
    if (agent.isEmpty() && ResponsesIds::sanitize(session) == session)
        return session;
    // One stable, header-safe value per (session, agent).
    const QString name = agent.isEmpty() ? session : session + QChar(u'\n') + agent;
    return QUuid::createUuidV5(sessionKeyNamespace, name).toString(QUuid::WithoutBraces);
}

QJsonObject AnthropicRequestTranslator::withoutReasoning(const QJsonObject &body)
{
    return ResponsesRequestRules::withoutReasoning(body);
}
