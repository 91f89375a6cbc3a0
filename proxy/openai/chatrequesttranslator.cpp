#include "chatrequesttranslator.h"

#include "responses/functioncallpairing.h"
#include "responses/reasoningeffort.h"
#include "responses/responsesids.h"
#include "responses/responsesrequestrules.h"
#include "responses/toolnamemapper.h"
#include "responses/toolschemacleaner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QMimeDatabase>

namespace {

QJsonObject textPart(const char *type, const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("text"), text}};
}

QJsonObject messageItem(const QString &role, const QJsonArray &content)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("content"), content}};
}

// Builds one request; the first validation error wins and stops the translation.
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(ChatRequestTranslator)

public:
    Builder(const QJsonObject &request, const RequestTranslationContext &ctx)
        : m_request(request)
        , m_ctx(ctx)
    {
    }

    TranslatedRequest run();

private:
    bool fail(const QString &message)
    {
        if (!m_error)
            m_error = ApiError(400, message);
        return false;
    }

    bool readTools(QJsonArray &tools);
    bool addFunctionTool(const QJsonObject &function, const QString &path, QJsonArray &tools);
    bool readToolChoice(QJsonObject &body, bool haveTools);
    bool readReasoning(QJsonObject &body);
    bool readTextFormat(QJsonObject &body);
    bool readMessages();
    bool collectTexts(const QJsonValue &content, const QString &path, bool allowRefusal, QStringList &texts);
    bool addUser(const QJsonObject &message, const QString &path);
    bool userPart(const QJsonObject &part, const QString &path, QJsonArray &content);
    bool addAssistant(const QJsonObject &message, const QString &path, int messageIndex);
    bool addToolOutput(const QJsonObject &message, const QString &path);
    bool addLegacyFunctionOutput(const QJsonObject &message, const QString &path);
    bool functionArguments(const QJsonValue &value, const QString &path, QString &arguments);

    const QJsonObject &m_request;
    const RequestTranslationContext &m_ctx;
    std::optional<ApiError> m_error;
    ToolNameMapper m_toolNames;
    QStringList m_systemTexts;      // leading system/developer messages
    QJsonArray m_input;             // input items in client order, before pairing
    int m_imageCount = 0;
    QString m_effort;
    // Legacy `function_call` ids by function name, in call order, waiting for their `function` message.
    QHash<QString, QStringList> m_pendingLegacyCalls;
};

TranslatedRequest Builder::run()
{
    TranslatedRequest result;
    QJsonObject body;

    const QJsonValue model = m_request.value(QLatin1String("model"));
    if (model.isUndefined() || model.isNull())
        fail(tr("The request has no \"model\"."));
    else if (!model.isString() || model.toString().trimmed().isEmpty())
        fail(tr("\"model\" must be a non-empty string."));

    const QJsonValue n = m_request.value(QLatin1String("n"));
    if (!n.isUndefined() && !n.isNull() && (!n.isDouble() || n.toDouble() != 1.0))
        fail(tr("Only \"n\": 1 is supported: the ChatGPT backend returns one choice per request."));
    const QJsonValue stream = m_request.value(QLatin1String("stream"));
    if (!stream.isUndefined() && !stream.isNull() && !stream.isBool())
        fail(tr("\"stream\" must be a boolean."));

    QJsonArray tools;
    if (!m_error)
        readTools(tools);
    if (!m_error)
        readMessages();
    if (!m_error) {
        readToolChoice(body, !tools.isEmpty());
        readReasoning(body);
        readTextFormat(body);
    }
    if (m_error) {
        result.error = m_error;
        return result;
    }

    body.insert(QStringLiteral("model"), m_ctx.upstreamModel.isEmpty() ? model.toString() : m_ctx.upstreamModel);

    if (m_ctx.systemAsInstructions) {
        body.insert(QStringLiteral("instructions"), m_systemTexts.join(QLatin1String("\n\n")));
    } else {
        body.insert(QStringLiteral("instructions"), QString());
        if (!m_systemTexts.isEmpty()) {
            QJsonArray content;
            for (const QString &text : std::as_const(m_systemTexts))
                content.append(textPart("input_text", text));
            m_input.prepend(messageItem(QStringLiteral("developer"), content));
        }
    }
    const FunctionCallPairing::Report pairing = FunctionCallPairing::repair(m_input);
    body.insert(QStringLiteral("input"), m_input);

    if (!tools.isEmpty()) {
        body.insert(QStringLiteral("tools"), tools);
        const QJsonValue parallel = m_request.value(QLatin1String("parallel_tool_calls"));
        body.insert(QStringLiteral("parallel_tool_calls"), parallel.isBool() ? parallel.toBool() : true);
    }

    body.insert(QStringLiteral("store"), false);
    body.insert(QStringLiteral("stream"), true);
    body.insert(QStringLiteral("include"), QJsonArray{ResponsesRequestRules::encryptedReasoningInclude()});
    if (!m_ctx.promptCacheKey.isEmpty())
        body.insert(QStringLiteral("prompt_cache_key"), m_ctx.promptCacheKey);

#ifndef QT_NO_DEBUG
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        Q_ASSERT_X(ResponsesRequestRules::isAllowedField(it.key()), "ChatRequestTranslator", "field not allowed");
#endif
    result.body = body;
    result.toolNames = m_toolNames;
    result.toolCount = int(tools.size());
    result.imageCount = m_imageCount;
    result.hasImages = m_imageCount > 0;
    result.synthesizedToolOutputs = pairing.synthesizedOutputs;
    result.orphanToolResults = pairing.orphanOutputs;
    result.effort = m_effort;
    return result;
}

// tools[] and the legacy functions[]: names first (the mapper is derived from the whole list), then items.
bool Builder::readTools(QJsonArray &tools)
{
    const QJsonValue toolsValue = m_request.value(QLatin1String("tools"));
    const QJsonValue functionsValue = m_request.value(QLatin1String("functions"));
    QList<std::pair<QJsonObject, QString>> functions; // function object, path for messages
    QStringList names;

    auto collect = [&](const QJsonObject &function, const QString &path) {
        const QJsonValue name = function.value(QLatin1String("name"));
        if (!name.isString() || name.toString().isEmpty())
            return fail(tr("%1.name must be a non-empty string.").arg(path));
        names.append(name.toString());
        functions.append({function, path});
        return true;
    };

    if (!toolsValue.isUndefined() && !toolsValue.isNull()) {
        if (!toolsValue.isArray())
            return fail(tr("\"tools\" must be an array."));
        const QJsonArray array = toolsValue.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("tools[%1]").arg(i);
            if (!array.at(i).isObject())
                return fail(tr("%1 must be an object.").arg(path));
            const QJsonObject tool = array.at(i).toObject();
            const QString type = tool.value(QLatin1String("type")).toString();
            if (type != QLatin1String("function"))
                return fail(tr("%1.type \"%2\" is not supported; only \"function\" tools are.").arg(path, type));
            if (!tool.value(QLatin1String("function")).isObject())
                return fail(tr("%1.function must be an object.").arg(path));
            if (!collect(tool.value(QLatin1String("function")).toObject(), path + QLatin1String(".function")))
                return false;
        }
    }
    if (!functionsValue.isUndefined() && !functionsValue.isNull()) {
        if (!functionsValue.isArray())
            return fail(tr("\"functions\" must be an array."));
        const QJsonArray array = functionsValue.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("functions[%1]").arg(i);
            if (!array.at(i).isObject())
                return fail(tr("%1 must be an object.").arg(path));
            if (!collect(array.at(i).toObject(), path))
                return false;
        }
    }

    m_toolNames = ToolNameMapper(names);
    for (const auto &[function, path] : std::as_const(functions)) {
        if (!addFunctionTool(function, path, tools))
            return false;
    }

    // Chat Completions asks for hosted search with web_search_options; the backend has a web_search tool.
    const QJsonValue webSearch = m_request.value(QLatin1String("web_search_options"));
    if (webSearch.isObject())
        tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("web_search")}});
    else if (!webSearch.isUndefined() && !webSearch.isNull())
        return fail(tr("\"web_search_options\" must be an object."));
    return true;
}

bool Builder::addFunctionTool(const QJsonObject &function, const QString &path, QJsonArray &tools)
{
    QJsonObject tool{{QStringLiteral("type"), QStringLiteral("function")},
                     {QStringLiteral("name"), m_toolNames.toUpstream(function.value(QLatin1String("name")).toString())},
                     {QStringLiteral("strict"), false}};
    const QJsonValue description = function.value(QLatin1String("description"));
    if (description.isString() && !description.toString().isEmpty())
        tool.insert(QStringLiteral("description"), description);
    else if (!description.isUndefined() && !description.isNull() && !description.isString())
        return fail(tr("%1.description must be a string.").arg(path));
    const QJsonValue parameters = function.value(QLatin1String("parameters"));
    if (!parameters.isUndefined() && !parameters.isNull() && !parameters.isObject())
        return fail(tr("%1.parameters must be a JSON schema object.").arg(path));
    tool.insert(QStringLiteral("parameters"), ToolSchemaCleaner::clean(parameters));
    tools.append(tool);
    return true;
}

bool Builder::readToolChoice(QJsonObject &body, bool haveTools)
{
    QJsonValue choice = m_request.value(QLatin1String("tool_choice"));
    QString path = QStringLiteral("\"tool_choice\"");
    if (choice.isUndefined() || choice.isNull()) {
        choice = m_request.value(QLatin1String("function_call")); // legacy: "none" | "auto" | {name}
        path = QStringLiteral("\"function_call\"");
        if (choice.isUndefined() || choice.isNull())
            return true;
    }

    QJsonValue upstream;
    if (choice.isString()) {
        const QString mode = choice.toString();
        if (mode != QLatin1String("auto") && mode != QLatin1String("none") && mode != QLatin1String("required"))
            return fail(tr("%1 must be \"auto\", \"none\", \"required\" or a function.").arg(path));
        upstream = mode;
    } else if (choice.isObject()) {
        const QJsonObject object = choice.toObject();
        const QString type = object.value(QLatin1String("type")).toString();
        if (type == QLatin1String("allowed_tools")) {
            // Newer form restricting the callable set; the backend gets the mode, all tools stay listed.
            const QString mode = object.value(QLatin1String("allowed_tools")).toObject()
                                     .value(QLatin1String("mode")).toString(QStringLiteral("auto"));
            if (mode != QLatin1String("auto") && mode != QLatin1String("required"))
                return fail(tr("%1.allowed_tools.mode must be \"auto\" or \"required\".").arg(path));
            upstream = mode;
        } else {
            // {type:function, function:{name}} or the legacy {name}
            const QJsonValue name = object.contains(QLatin1String("function"))
                                        ? object.value(QLatin1String("function")).toObject().value(QLatin1String("name"))
                                        : object.value(QLatin1String("name"));
            if ((!type.isEmpty() && type != QLatin1String("function")) || !name.isString()
                || name.toString().isEmpty())
                return fail(tr("%1 must name a function: {\"type\":\"function\",\"function\":{\"name\":...}}.")
                                .arg(path));
            upstream = QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                   {QStringLiteral("name"), m_toolNames.toUpstream(name.toString())}};
        }
    } else {
        return fail(tr("%1 must be a string or an object.").arg(path));
    }

    // Without tools the backend has nothing to choose from; a choice there is at best noise.
    if (haveTools)
        body.insert(QStringLiteral("tool_choice"), upstream);
    return true;
}

bool Builder::readReasoning(QJsonObject &body)
{
    QJsonValue effort = m_request.value(QLatin1String("reasoning_effort"));
    QString path = QStringLiteral("\"reasoning_effort\"");
    if (effort.isUndefined() || effort.isNull()) {
        // Some OpenAI-compatible clients send the Responses-style {"reasoning":{"effort":...}} instead.
        const QJsonValue reasoning = m_request.value(QLatin1String("reasoning"));
        if (reasoning.isObject()) {
            effort = reasoning.toObject().value(QLatin1String("effort"));
            path = QStringLiteral("\"reasoning.effort\"");
        }
    }

    QString requested = m_ctx.defaultEffort;
    if (!effort.isUndefined() && !effort.isNull()) {
        if (!effort.isString() || !ReasoningEffort::levels().contains(effort.toString()))
            return fail(tr("%1 must be one of: %2.").arg(path, ReasoningEffort::levels().join(QLatin1String(", "))));
        requested = effort.toString();
    }
    m_effort = ReasoningEffort::clamp(requested, m_ctx.supportedEfforts, m_ctx.defaultEffort);
    body.insert(QStringLiteral("reasoning"),
                QJsonObject{{QStringLiteral("effort"), m_effort}, {QStringLiteral("summary"), QStringLiteral("auto")}});
    return true;
}

// response_format and verbosity -> text {format, verbosity}
bool Builder::readTextFormat(QJsonObject &body)
{
    QJsonObject text;
    const QJsonValue format = m_request.value(QLatin1String("response_format"));
    if (format.isObject()) {
        const QJsonObject object = format.toObject();
        const QString type = object.value(QLatin1String("type")).toString();
        if (type == QLatin1String("json_object")) {
            text.insert(QStringLiteral("format"), QJsonObject{{QStringLiteral("type"), type}});
        } else if (type == QLatin1String("json_schema")) {
            const QJsonObject spec = object.value(QLatin1String("json_schema")).toObject();
            const QJsonValue name = spec.value(QLatin1String("name"));
            if (!name.isString() || name.toString().isEmpty() || !spec.value(QLatin1String("schema")).isObject())
                return fail(tr("\"response_format.json_schema\" needs a \"name\" and a \"schema\" object."));
            QJsonObject upstream{{QStringLiteral("type"), type},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("schema"), spec.value(QLatin1String("schema"))}};
            if (spec.value(QLatin1String("strict")).isBool())
                upstream.insert(QStringLiteral("strict"), spec.value(QLatin1String("strict")));
            if (spec.value(QLatin1String("description")).isString())
                upstream.insert(QStringLiteral("description"), spec.value(QLatin1String("description")));
            text.insert(QStringLiteral("format"), upstream);
        } else if (type != QLatin1String("text")) {
            return fail(tr("\"response_format.type\" must be \"text\", \"json_object\" or \"json_schema\"."));
        }
    } else if (!format.isUndefined() && !format.isNull()) {
        return fail(tr("\"response_format\" must be an object."));
    }

    const QJsonValue verbosity = m_request.value(QLatin1String("verbosity"));
    if (verbosity.isString() && (verbosity == QLatin1String("low") || verbosity == QLatin1String("medium")
                                 || verbosity == QLatin1String("high")))
        text.insert(QStringLiteral("verbosity"), verbosity);
    else if (!verbosity.isUndefined() && !verbosity.isNull())
        return fail(tr("\"verbosity\" must be \"low\", \"medium\" or \"high\"."));

    if (!text.isEmpty())
        body.insert(QStringLiteral("text"), text);
    return true;
}

bool Builder::readMessages()
{
    const QJsonValue messagesValue = m_request.value(QLatin1String("messages"));
    if (messagesValue.isUndefined() || messagesValue.isNull())
        return fail(tr("The request has no \"messages\"."));
    if (!messagesValue.isArray())
        return fail(tr("\"messages\" must be an array."));
    const QJsonArray messages = messagesValue.toArray();
    if (messages.isEmpty())
        return fail(tr("\"messages\" must contain at least one message."));

    bool leading = true; // system/developer messages before the conversation become the system prompt
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString path = QStringLiteral("messages[%1]").arg(i);
        if (!messages.at(i).isObject())
            return fail(tr("%1 must be an object.").arg(path));
        const QJsonObject message = messages.at(i).toObject();
        const QJsonValue roleValue = message.value(QLatin1String("role"));
        if (!roleValue.isString())
            return fail(tr("%1.role must be a string.").arg(path));
        const QString role = roleValue.toString();

        if (role == QLatin1String("system") || role == QLatin1String("developer")) {
            QStringList texts;
            if (!collectTexts(message.value(QLatin1String("content")), path + QLatin1String(".content"), false, texts))
                return false;
            if (leading) {
                m_systemTexts.append(texts);
            } else if (!texts.isEmpty()) {
                // A system message later in the conversation keeps its place (the backend rejects "system").
                QJsonArray content;
                for (const QString &text : std::as_const(texts))
                    content.append(textPart("input_text", text));
                m_input.append(messageItem(QStringLiteral("developer"), content));
            }
            continue;
        }
        leading = false;

        bool ok = false;
        if (role == QLatin1String("user"))
            ok = addUser(message, path);
        else if (role == QLatin1String("assistant"))
            ok = addAssistant(message, path, int(i));
        else if (role == QLatin1String("tool"))
            ok = addToolOutput(message, path);
        else if (role == QLatin1String("function"))
            ok = addLegacyFunctionOutput(message, path);
        else
            return fail(tr("%1.role \"%2\" is not supported; use system, developer, user, assistant or tool.")
                            .arg(path, role));
        if (!ok)
            return false;
    }
    return true;
}

// Plain text of a string or an array of text parts (system, developer and assistant content).
bool Builder::collectTexts(const QJsonValue &content, const QString &path, bool allowRefusal, QStringList &texts)
{
    if (content.isString()) {
        if (!content.toString().isEmpty())
            texts.append(content.toString());
        return true;
    }
    if (content.isUndefined() || content.isNull())
        return true;
    if (!content.isArray())
        return fail(tr("%1 must be a string or an array of content parts.").arg(path));
    const QJsonArray parts = content.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString partPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!parts.at(i).isObject())
            return fail(tr("%1 must be an object.").arg(partPath));
        const QJsonObject part = parts.at(i).toObject();
        const QString type = part.value(QLatin1String("type")).toString();
        QJsonValue text;
        if (type == QLatin1String("text"))
            text = part.value(QLatin1String("text"));
        else if (allowRefusal && type == QLatin1String("refusal"))
            text = part.value(QLatin1String("refusal"));
        else
            return fail(tr("%1.type \"%2\" is not allowed here; only text parts are.").arg(partPath, type));
        if (!text.isString())
            return fail(tr("%1 has no text.").arg(partPath));
        if (!text.toString().isEmpty())
            texts.append(text.toString());
    }
    return true;
}

bool Builder::addUser(const QJsonObject &message, const QString &path)
{
    const QJsonValue content = message.value(QLatin1String("content"));
    const QString contentPath = path + QLatin1String(".content");
    QJsonArray parts;
    if (content.isString()) {
        parts.append(textPart("input_text", content.toString()));
    } else if (content.isArray()) {
        const QJsonArray array = content.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString partPath = QStringLiteral("%1[%2]").arg(contentPath).arg(i);
            if (!array.at(i).isObject())
                return fail(tr("%1 must be an object.").arg(partPath));
            if (!userPart(array.at(i).toObject(), partPath, parts))
                return false;
        }
    } else {
        return fail(tr("%1 must be a string or an array of content parts.").arg(contentPath));
    }
    if (!parts.isEmpty())
        m_input.append(messageItem(QStringLiteral("user"), parts));
    return true;
}

bool Builder::userPart(const QJsonObject &part, const QString &path, QJsonArray &content)
{
    const QString type = part.value(QLatin1String("type")).toString();
    if (type == QLatin1String("text")) {
        const QJsonValue text = part.value(QLatin1String("text"));
        if (!text.isString())
            return fail(tr("%1.text must be a string.").arg(path));
        content.append(textPart("input_text", text.toString()));
        return true;
    }
    if (type == QLatin1String("image_url")) {
        // {"image_url":{"url","detail"}}; a bare string URL is accepted too (some clients send it).
        const QJsonValue image = part.value(QLatin1String("image_url"));
        const QJsonObject imageObject = image.toObject();
        const QString url = image.isString() ? image.toString() : imageObject.value(QLatin1String("url")).toString();
        if (!url.startsWith(QLatin1String("data:")) && !url.startsWith(QLatin1String("https://"))
            && !url.startsWith(QLatin1String("http://")))
            return fail(tr("%1.image_url.url must be a data: URL or an http(s) URL.").arg(path));
        QJsonObject upstream{{QStringLiteral("type"), QStringLiteral("input_image")},
                             {QStringLiteral("image_url"), url}};
        const QString detail = imageObject.value(QLatin1String("detail")).toString();
        if (detail == QLatin1String("low") || detail == QLatin1String("high") || detail == QLatin1String("auto"))
            upstream.insert(QStringLiteral("detail"), detail);
        content.append(upstream);
        ++m_imageCount;
        return true;
    }
    if (type == QLatin1String("file")) {
        const QJsonObject file = part.value(QLatin1String("file")).toObject();
        if (file.contains(QLatin1String("file_id")) && !file.contains(QLatin1String("file_data")))
            return fail(tr("%1.file.file_id is not supported (there is no file store); send the file as file_data.")
                            .arg(path));
        const QJsonValue data = file.value(QLatin1String("file_data"));
        if (!data.isString() || data.toString().isEmpty())
            return fail(tr("%1.file.file_data must be a non-empty string.").arg(path));
        QString filename = file.value(QLatin1String("filename")).toString();
        if (filename.isEmpty())
            filename = QStringLiteral("document.pdf");
        QString fileData = data.toString();
        if (!fileData.startsWith(QLatin1String("data:"))) {
            // Plain base64: the backend wants a data URL. The file name is the only hint of the type.
            const QString mime = QMimeDatabase().mimeTypeForFile(filename, QMimeDatabase::MatchExtension).name();
            fileData = QLatin1String("data:")
                       + (mime == QLatin1String("application/octet-stream") ? QStringLiteral("application/pdf") : mime)
                       + QLatin1String(";base64,") + fileData;
        }
        content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("input_file")},
                                   {QStringLiteral("file_data"), fileData},
                                   {QStringLiteral("filename"), filename}});
        return true;
    }
    if (type == QLatin1String("input_audio"))
        return fail(tr("%1: audio input is not supported by the ChatGPT backend.").arg(path));
    return fail(tr("%1.type \"%2\" is not supported; use text, image_url or file.").arg(path, type));
}

bool Builder::functionArguments(const QJsonValue &value, const QString &path, QString &arguments)
{
    if (value.isString())
        arguments = value.toString();
    else if (value.isObject()) // not per spec, but unambiguous
        arguments = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (!value.isUndefined() && !value.isNull())
        return fail(tr("%1 must be a string of JSON.").arg(path));
    if (arguments.isEmpty())
        arguments = QStringLiteral("{}");
    return true;
}

bool Builder::addAssistant(const QJsonObject &message, const QString &path, int messageIndex)
{
    QStringList texts;
    if (!collectTexts(message.value(QLatin1String("content")), path + QLatin1String(".content"), true, texts))
        return false;
    if (!texts.isEmpty()) {
        QJsonArray content;
        for (const QString &text : std::as_const(texts))
            content.append(textPart("output_text", text));
        m_input.append(messageItem(QStringLiteral("assistant"), content));
    }

    const QJsonValue toolCallsValue = message.value(QLatin1String("tool_calls"));
    if (!toolCallsValue.isUndefined() && !toolCallsValue.isNull()) {
        if (!toolCallsValue.isArray())
            return fail(tr("%1.tool_calls must be an array.").arg(path));
        const QJsonArray toolCalls = toolCallsValue.toArray();
        for (qsizetype i = 0; i < toolCalls.size(); ++i) {
            const QString callPath = QStringLiteral("%1.tool_calls[%2]").arg(path).arg(i);
            const QJsonObject call = toolCalls.at(i).toObject();
            const QJsonValue id = call.value(QLatin1String("id"));
            const QJsonObject function = call.value(QLatin1String("function")).toObject();
            const QJsonValue name = function.value(QLatin1String("name"));
            if (!id.isString() || id.toString().isEmpty())
                return fail(tr("%1.id must be a non-empty string.").arg(callPath));
            if (!name.isString() || name.toString().isEmpty())
                return fail(tr("%1.function.name must be a non-empty string.").arg(callPath));
            QString arguments;
            if (!functionArguments(function.value(QLatin1String("arguments")),
                                   callPath + QLatin1String(".function.arguments"), arguments))
                return false;
            m_input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call")},
                                       {QStringLiteral("call_id"), ResponsesIds::sanitize(id.toString())},
                                       {QStringLiteral("name"), m_toolNames.toUpstream(name.toString())},
                                       {QStringLiteral("arguments"), arguments}});
        }
    }

    // Legacy single function_call: it has no id, so one is made from the message position; the
    // following role "function" message with the same name answers it.
    const QJsonValue legacy = message.value(QLatin1String("function_call"));
    if (legacy.isObject()) {
        const QJsonObject function = legacy.toObject();
        const QJsonValue name = function.value(QLatin1String("name"));
        if (!name.isString() || name.toString().isEmpty())
            return fail(tr("%1.function_call.name must be a non-empty string.").arg(path));
        QString arguments;
        if (!functionArguments(function.value(QLatin1String("arguments")),
                               path + QLatin1String(".function_call.arguments"), arguments))
            return false;
        const QString callId = QStringLiteral("call_legacy_%1").arg(messageIndex);
        m_pendingLegacyCalls[name.toString()].append(callId);
        m_input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call")},
                                   {QStringLiteral("call_id"), callId},
                                   {QStringLiteral("name"), m_toolNames.toUpstream(name.toString())},
                                   {QStringLiteral("arguments"), arguments}});
    } else if (!legacy.isUndefined() && !legacy.isNull()) {
        return fail(tr("%1.function_call must be an object.").arg(path));
    }
    return true;
}

// Tool message content: a string, or text parts (joined); image parts (an extension some clients use)
// make the output a list of input parts, which the backend accepts.
bool Builder::addToolOutput(const QJsonObject &message, const QString &path)
{
    const QJsonValue callId = message.value(QLatin1String("tool_call_id"));
    if (!callId.isString() || callId.toString().isEmpty())
        return fail(tr("%1.tool_call_id must be a non-empty string.").arg(path));

    const QJsonValue content = message.value(QLatin1String("content"));
    const QString contentPath = path + QLatin1String(".content");
    QJsonValue output;
    if (content.isString()) {
        output = content;
    } else if (content.isUndefined() || content.isNull()) {
        output = QString();
    } else if (content.isArray()) {
        QJsonArray parts;
        QStringList texts;
        bool hasImage = false;
        const QJsonArray array = content.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString partPath = QStringLiteral("%1[%2]").arg(contentPath).arg(i);
            if (!array.at(i).isObject())
                return fail(tr("%1 must be an object.").arg(partPath));
            const QJsonObject part = array.at(i).toObject();
            const QString type = part.value(QLatin1String("type")).toString();
            if (type != QLatin1String("text") && type != QLatin1String("image_url"))
                return fail(tr("%1.type \"%2\" is not supported in a tool message; use text.").arg(partPath, type));
            if (!userPart(part, partPath, parts))
                return false;
            if (type == QLatin1String("text"))
                texts.append(part.value(QLatin1String("text")).toString());
            else
                hasImage = true;
        }
        output = hasImage ? QJsonValue(parts) : QJsonValue(texts.join(QLatin1Char('\n')));
    } else {
        return fail(tr("%1 must be a string or an array of content parts.").arg(contentPath));
    }

    m_input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call_output")},
                               {QStringLiteral("call_id"), ResponsesIds::sanitize(callId.toString())},
                               {QStringLiteral("output"), output}});
    return true;
}

bool Builder::addLegacyFunctionOutput(const QJsonObject &message, const QString &path)
{
    const QJsonValue name = message.value(QLatin1String("name"));
    if (!name.isString() || name.toString().isEmpty())
        return fail(tr("%1.name must be a non-empty string.").arg(path));
    QStringList texts;
    if (!collectTexts(message.value(QLatin1String("content")), path + QLatin1String(".content"), false, texts))
        return false;
    // Unmatched: an id no call has, so the pairing repair turns it into user text like any orphan result.
    QStringList &pending = m_pendingLegacyCalls[name.toString()];
    const QString callId = pending.isEmpty() ? QStringLiteral("call_legacy_unmatched") : pending.takeFirst();
    m_input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call_output")},
                               {QStringLiteral("call_id"), callId},
                               {QStringLiteral("output"), texts.join(QLatin1Char('\n'))}});
    return true;
}

} // namespace

TranslatedRequest ChatRequestTranslator::translate(const QJsonObject &request, const RequestTranslationContext &ctx)
{
    return Builder(request, ctx).run();
}
