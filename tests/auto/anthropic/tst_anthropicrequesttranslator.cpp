#include "anthropic/anthropicrequesttranslator.h"
#include "responses/responsesrequestrules.h"
#include "responses/toolnamemapper.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad test JSON (%s): %s", qPrintable(error.errorString()), json.constData());
    return doc.object();
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

// Test context: a gpt-5.5-like model unless the row says otherwise.
RequestTranslationContext contextFrom(const QByteArray &json)
{
    const QJsonObject o = json.isEmpty() ? QJsonObject() : parseObject(json);
    RequestTranslationContext ctx;
    ctx.upstreamModel = o.value(QStringLiteral("upstreamModel")).toString(QStringLiteral("gpt-5.5"));
    ctx.supportedEfforts = QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                       QStringLiteral("xhigh")};
    if (o.contains(QStringLiteral("supportedEfforts"))) {
        ctx.supportedEfforts.clear();
        for (const QJsonValue &v : o.value(QStringLiteral("supportedEfforts")).toArray())
            ctx.supportedEfforts.append(v.toString());
    }
    ctx.defaultEffort = o.value(QStringLiteral("defaultEffort")).toString(QStringLiteral("medium"));
    ctx.promptCacheKey = o.value(QStringLiteral("promptCacheKey")).toString();
    ctx.systemAsInstructions = o.value(QStringLiteral("systemAsInstructions")).toBool(false);
    return ctx;
}

bool isValidIdentifier(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

// The backend's hard rules (docs/codex-protocol.md section 3) checked on any translated body.
// Returns an empty string when they hold, else what is wrong.
QString checkBackendRules(const TranslatedRequest &result)
{
    if (!result.ok())
        return QStringLiteral("unexpected error: ") + result.error->message;
    const QJsonObject &body = result.body;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!ResponsesRequestRules::isAllowedField(it.key()))
            return QStringLiteral("field not on the allow-list: ") + it.key();
    }
    if (body.value(QStringLiteral("store")) != QJsonValue(false))
        return QStringLiteral("store is not false");
    if (body.value(QStringLiteral("stream")) != QJsonValue(true))
        return QStringLiteral("stream is not true");
    if (!body.value(QStringLiteral("instructions")).isString())
        return QStringLiteral("instructions is not a string");
    if (!body.value(QStringLiteral("model")).isString())
        return QStringLiteral("model is not a string");
    if (body.value(QStringLiteral("include")) != QJsonValue(QJsonArray{QStringLiteral("reasoning.encrypted_content")}))
        return QStringLiteral("include is wrong");
    const QJsonObject reasoning = body.value(QStringLiteral("reasoning")).toObject();
    if (!reasoning.value(QStringLiteral("effort")).isString()
        || reasoning.value(QStringLiteral("summary")) != QJsonValue(QStringLiteral("auto")))
        return QStringLiteral("reasoning is wrong");

    const bool haveTools = body.contains(QStringLiteral("tools"));
    if (haveTools && body.value(QStringLiteral("tools")).toArray().isEmpty())
        return QStringLiteral("empty tools list sent");
    if (haveTools != body.contains(QStringLiteral("parallel_tool_calls"))
        || haveTools != body.contains(QStringLiteral("tool_choice")))
        return QStringLiteral("tool_choice/parallel_tool_calls without tools or missing");
    QSet<QString> toolNames;
    for (const QJsonValue &tool : body.value(QStringLiteral("tools")).toArray()) {
        const QJsonObject t = tool.toObject();
        if (t.value(QStringLiteral("type")).toString() != QLatin1String("function"))
            continue;
        const QString name = t.value(QStringLiteral("name")).toString();
        if (!isValidIdentifier(name) || toolNames.contains(name))
            return QStringLiteral("invalid or repeated tool name: ") + name;
        toolNames.insert(name);
        if (t.value(QStringLiteral("strict")) != QJsonValue(false) || !t.value(QStringLiteral("parameters")).isObject()
            || t.contains(QStringLiteral("defer_loading")))
            return QStringLiteral("bad function tool: ") + QString::fromUtf8(compact(t));
    }

    QHash<QString, int> openCalls;
    QSet<QString> callIds;
    for (const QJsonValue &value : body.value(QStringLiteral("input")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString type = item.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("message")) {
            const QString role = item.value(QStringLiteral("role")).toString();
            if (role != QLatin1String("user") && role != QLatin1String("assistant") && role != QLatin1String("developer"))
                return QStringLiteral("bad role: ") + role;
            const QJsonArray content = item.value(QStringLiteral("content")).toArray();
            if (content.isEmpty())
                return QStringLiteral("empty message");
            const QString textType = role == QLatin1String("assistant") ? QStringLiteral("output_text")
                                                                          : QStringLiteral("input_text");
            for (const QJsonValue &part : content) {
                const QString partType = part.toObject().value(QStringLiteral("type")).toString();
                if (partType != textType && (role == QLatin1String("assistant")
                                             || (partType != QLatin1String("input_image")
                                                 && partType != QLatin1String("input_file"))))
                    return QStringLiteral("bad part type %1 in %2 message").arg(partType, role);
            }
        } else if (type == QLatin1String("function_call")) {
            const QString id = item.value(QStringLiteral("call_id")).toString();
            if (!isValidIdentifier(id) || callIds.contains(id))
                return QStringLiteral("invalid or repeated call_id: ") + id;
            if (!isValidIdentifier(item.value(QStringLiteral("name")).toString()))
                return QStringLiteral("invalid function name");
            if (QJsonDocument::fromJson(item.value(QStringLiteral("arguments")).toString().toUtf8()).isNull())
                return QStringLiteral("arguments are not JSON");
            callIds.insert(id);
            openCalls.insert(id, 1);
        } else if (type == QLatin1String("function_call_output")) {
            const QString id = item.value(QStringLiteral("call_id")).toString();
            if (openCalls.remove(id) != 1)
                return QStringLiteral("output without an earlier open call: ") + id;
            const QJsonValue output = item.value(QStringLiteral("output"));
            if (!output.isString() && !output.isArray())
                return QStringLiteral("output is neither string nor list");
        } else if (type == QLatin1String("reasoning")) {
            if (!item.value(QStringLiteral("encrypted_content")).toString().startsWith(QLatin1String("gAAAA")))
                return QStringLiteral("reasoning without our encrypted content");
        } else {
            return QStringLiteral("unknown item type: ") + type;
        }
    }
    if (!openCalls.isEmpty())
        return QStringLiteral("call without output: ") + openCalls.keys().join(u',');
    return {};
}

} // namespace

class tst_AnthropicRequestTranslator : public QObject
{
    Q_OBJECT

private slots:
    void translate_data();
    void translate();
    void errors_data();
    void errors();
    void toolNamesRoundTrip();
    void sessionKey_data();
    void sessionKey();
    void withoutReasoning();
    void backendRulesHoldForManyShapes();
};

// Columns: the client request, the expected body (exact, or only the listed keys where null means "must
// be absent" and "_result" lists TranslatedRequest counters), and the context.
void tst_AnthropicRequestTranslator::translate_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<QByteArray>("context");

    // --- whole bodies -----------------------------------------------------------------------------
    QTest::newRow("minimal request, whole body")
        << QByteArray(R"({"model":"claude-sonnet-4-5","max_tokens":1024,"messages":[{"role":"user","content":"Hello"}]})")
        << QByteArray(R"({"model":"gpt-5.5","instructions":"",
              "input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"Hello"}]}],
              "reasoning":{"effort":"medium","summary":"auto"},"store":false,"stream":true,
              "include":["reasoning.encrypted_content"]})")
        << true << QByteArray();

    QTest::newRow("claude code turn, whole body")
        << QByteArray(R"({
            "model":"claude-opus-5-5","max_tokens":128000,"stream":true,"temperature":1,
            "metadata":{"user_id":"{\"device_id\":\"9f2cdd0417a7c1e0\",\"account_uuid\":\"\",\"session_id\":\"6a1f0c8e-2b7d-4c51-9e3a-0d4b8f2e7c19\"}"},
            "system":[
              {"type":"text","text":"x-anthropic-billing-header: cc_version=2.1.331.e4f; cc_entrypoint=cli;"},
              {"type":"text","text":"You are Claude Code, Anthropic's official CLI for Claude.","cache_control":{"type":"ephemeral"}},
              {"type":"text","text":"You are an interactive CLI tool that helps users with software engineering tasks.","cache_control":{"type":"ephemeral","ttl":"1h"}}],
            "messages":[
              {"role":"system","content":"As you answer the user's questions, you can use the following context:\n# currentDate\nToday's date is 2026-03-01."},
              {"role":"user","content":[{"type":"text","text":"List the files in src","cache_control":{"type":"ephemeral"}}]},
              {"role":"assistant","content":[
                {"type":"thinking","thinking":"","signature":"gAAAAABpZ3VxRk9Ld2lOaU5"},
                {"type":"text","text":"I'll list them."},
                {"type":"tool_use","id":"toolu_01Kq3xLwQ8mN2pR5sT7vY9zA","name":"Bash","input":{"command":"ls src","description":"List files in src"}}]},
              {"role":"user","content":[
                {"type":"tool_result","tool_use_id":"toolu_01Kq3xLwQ8mN2pR5sT7vY9zA","content":"main.cpp\nutil.cpp"},
                {"type":"text","text":"<system-reminder>Remember the todo list.</system-reminder>"}]}],
            "tools":[
              {"name":"Bash","description":"Executes a given bash command","input_schema":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"command":{"type":"string","description":"The command to execute"},"description":{"type":"string"}},"required":["command"],"additionalProperties":false}},
              {"name":"DeferredToolPlaceholder","description":"Placeholder","input_schema":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{}},"defer_loading":true,"cache_control":{"type":"ephemeral"}}],
            "thinking":{"type":"adaptive","display":"omitted"},
            "output_config":{"effort":"high"},
            "context_management":{"edits":[{"type":"clear_thinking_20251015","keep":"all"}]}})")
        << QByteArray(R"({
            "model":"gpt-5.5","instructions":"",
            "input":[
              {"type":"message","role":"developer","content":[
                {"type":"input_text","text":"You are Claude Code, Anthropic's official CLI for Claude."},
                {"type":"input_text","text":"You are an interactive CLI tool that helps users with software engineering tasks."}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"<system-reminder>\nAs you answer the user's questions, you can use the following context:\n# currentDate\nToday's date is 2026-03-01.\n</system-reminder>"}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"List the files in src"}]},
              {"type":"reasoning","summary":[],"encrypted_content":"gAAAAABpZ3VxRk9Ld2lOaU5"},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"I'll list them."}]},
              {"type":"function_call","call_id":"toolu_01Kq3xLwQ8mN2pR5sT7vY9zA","name":"Bash","arguments":"{\"command\":\"ls src\",\"description\":\"List files in src\"}"},
              {"type":"function_call_output","call_id":"toolu_01Kq3xLwQ8mN2pR5sT7vY9zA","output":"main.cpp\nutil.cpp"},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"<system-reminder>Remember the todo list.</system-reminder>"}]}],
            "tools":[
              {"type":"function","name":"Bash","description":"Executes a given bash command","parameters":{"type":"object","properties":{"command":{"type":"string","description":"The command to execute"},"description":{"type":"string"}},"required":["command"],"additionalProperties":false},"strict":false},
              {"type":"function","name":"DeferredToolPlaceholder","description":"Placeholder","parameters":{"type":"object","properties":{}},"strict":false}],
            "tool_choice":"auto","parallel_tool_calls":true,
            "reasoning":{"effort":"high","summary":"auto"},
            "store":false,"stream":true,"include":["reasoning.encrypted_content"],
            "prompt_cache_key":"6a1f0c8e-2b7d-4c51-9e3a-0d4b8f2e7c19"})")
        << true << QByteArray(R"({"promptCacheKey":"6a1f0c8e-2b7d-4c51-9e3a-0d4b8f2e7c19"})");

    // --- model, fields never sent --------------------------------------------------------------------
    QTest::newRow("client model sent when no upstream model is resolved")
        << QByteArray(R"({"model":"gpt-5.4","messages":[{"role":"user","content":"hi"}]})")
        << QByteArray(R"({"model":"gpt-5.4"})") << false << QByteArray(R"({"upstreamModel":""})");
    QTest::newRow("sampling and anthropic-only fields are not sent")
        << QByteArray(R"({"model":"claude-haiku-4-5","messages":[{"role":"user","content":"hi"}],"max_tokens":5,
              "temperature":0.2,"top_p":0.9,"top_k":5,"stop_sequences":["END"],"metadata":{"user_id":"u"},
              "betas":["x"],"context_management":{},"service_tier":"auto","container":"c","mcp_servers":[]})")
        << QByteArray(R"({"max_tokens":null,"max_output_tokens":null,"temperature":null,"top_p":null,"top_k":null,
              "stop_sequences":null,"stop":null,"metadata":null,"betas":null,"context_management":null,
              "service_tier":null,"container":null,"mcp_servers":null,"user":null,"truncation":null,
              "prompt_cache_key":null,"text":null})")
        << false << QByteArray();
    QTest::newRow("prompt_cache_key from the context")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"}]})")
        << QByteArray(R"({"prompt_cache_key":"sess-1"})") << false << QByteArray(R"({"promptCacheKey":"sess-1"})");

    // --- system prompt -------------------------------------------------------------------------------
    QTest::newRow("system string -> developer message")
        << QByteArray(R"({"model":"m","system":"Be terse.","messages":[{"role":"user","content":"hi"}]})")
        << QByteArray(R"({"instructions":"","input":[
              {"type":"message","role":"developer","content":[{"type":"input_text","text":"Be terse."}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}]})")
        << false << QByteArray();
    QTest::newRow("system blocks: billing header and empty blocks dropped")
        << QByteArray(R"({"model":"m","system":[{"type":"text","text":"x-anthropic-billing-header: cc_version=1"},
              {"type":"text","text":""},{"type":"text","text":"  "},{"type":"text","text":"A","cache_control":{"type":"ephemeral"}},
              {"type":"text","text":"B"}],"messages":[{"role":"user","content":"hi"}]})")
        << QByteArray(R"({"input":[
              {"type":"message","role":"developer","content":[{"type":"input_text","text":"A"},{"type":"input_text","text":"B"}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}]})")
        << false << QByteArray();
    QTest::newRow("system only billing header -> no developer message")
        << QByteArray(R"({"model":"m","system":[{"type":"text","text":"x-anthropic-billing-header: cc_version=1"}],
              "messages":[{"role":"user","content":"hi"}]})")
        << QByteArray(R"({"instructions":"","input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}]})")
        << false << QByteArray();
    QTest::newRow("system as instructions setting")
        << QByteArray(R"({"model":"m","system":[{"type":"text","text":"x-anthropic-billing-header: v"},{"type":"text","text":"A"},
              {"type":"text","text":"B"}],"messages":[{"role":"user","content":"hi"}]})")
        << QByteArray(R"({"instructions":"A\n\nB","input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}]})")
        << false << QByteArray(R"({"systemAsInstructions":true})");
    QTest::newRow("system role message with blocks -> one wrapped user message")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"},
              {"role":"system","content":[{"type":"text","text":"cwd: /src"},{"type":"text","text":"branch: main"}]}]})")
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"<system-reminder>\ncwd: /src\n\nbranch: main\n</system-reminder>"}]}]})")
        << false << QByteArray();
    QTest::newRow("system role message already wrapped is not wrapped twice")
        << QByteArray(R"({"model":"m","messages":[{"role":"system","content":"<system-reminder>\nnote\n</system-reminder>"},
              {"role":"user","content":"hi"}]})")
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"<system-reminder>\nnote\n</system-reminder>"}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}]})")
        << false << QByteArray();

    // --- user content --------------------------------------------------------------------------------
    QTest::newRow("image base64 -> data url, image url -> url, data url kept")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[
              {"type":"text","text":"What is this?"},
              {"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}},
              {"type":"image","source":{"type":"url","url":"https://example.com/cat.jpg"}},
              {"type":"image","source":{"type":"base64","media_type":"image/gif","data":"data:image/gif;base64,R0lGOD"}}]}]})")
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[
              {"type":"input_text","text":"What is this?"},
              {"type":"input_image","image_url":"data:image/png;base64,iVBORw0KGgo="},
              {"type":"input_image","image_url":"https://example.com/cat.jpg"},
              {"type":"input_image","image_url":"data:image/gif;base64,R0lGOD"}]}],
              "_result":{"imageCount":3,"hasImages":true}})")
        << false << QByteArray();
    QTest::newRow("documents: pdf -> input_file, text -> input_text")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[
              {"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"JVBERi0x"}},
              {"type":"document","title":"Spec","source":{"type":"base64","media_type":"application/pdf","data":"JVBERi0y"}},
              {"type":"document","title":"notes","source":{"type":"text","media_type":"text/plain","data":"plain notes"}},
              {"type":"document","source":{"type":"base64","media_type":"text/plain","data":"aGVsbG8gd29ybGQ="}},
              {"type":"document","source":{"type":"url","url":"https://example.com/a.pdf"}}]}]})")
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[
              {"type":"input_file","file_data":"data:application/pdf;base64,JVBERi0x","filename":"document.pdf"},
              {"type":"input_file","file_data":"data:application/pdf;base64,JVBERi0y","filename":"Spec.pdf"},
              {"type":"input_text","text":"notes\n\nplain notes"},
              {"type":"input_text","text":"hello world"},
              {"type":"input_file","file_url":"https://example.com/a.pdf"}]}],
              "_result":{"hasImages":false}})")
        << false << QByteArray();
    QTest::newRow("unknown user block type becomes text")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[
              {"type":"tool_reference","tool_name":"mcp__github__search"},{"type":"future_block","text":"keep me"}]}]})")
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[
              {"type":"input_text","text":"{\"tool_name\":\"mcp__github__search\",\"type\":\"tool_reference\"}"},
              {"type":"input_text","text":"keep me"}]}]})")
        << false << QByteArray();
    QTest::newRow("empty text blocks and empty messages are skipped")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":""},{"role":"assistant","content":[]},
              {"role":"user","content":[{"type":"text","text":""},{"type":"text","text":"hi"}]}]})")
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}]})")
        << false << QByteArray();

    // --- assistant content, tool calls -------------------------------------------------------------------
    QTest::newRow("assistant text/tool_use/text keeps order")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"go"},{"role":"assistant","content":[
              {"type":"text","text":"First"},
              {"type":"tool_use","id":"toolu_1","name":"Read","input":{"file_path":"/a","limit":10}},
              {"type":"text","text":"Then"},
              {"type":"tool_use","id":"toolu_2","name":"Glob"}]},
              {"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":"A"},
              {"type":"tool_result","tool_use_id":"toolu_2","content":"B"}]}]})")
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"go"}]},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"First"}]},
              {"type":"function_call","call_id":"toolu_1","name":"Read","arguments":"{\"file_path\":\"/a\",\"limit\":10}"},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Then"}]},
              {"type":"function_call","call_id":"toolu_2","name":"Glob","arguments":"{}"},
              {"type":"function_call_output","call_id":"toolu_1","output":"A"},
              {"type":"function_call_output","call_id":"toolu_2","output":"B"}]})")
        << false << QByteArray();
    QTest::newRow("tool results go before the text of the same user message")
        << QByteArray(R"({"model":"m","messages":[{"role":"assistant","content":[{"type":"tool_use","id":"t1","name":"Bash","input":{}}]},
              {"role":"user","content":[{"type":"text","text":"before"},{"type":"tool_result","tool_use_id":"t1","content":"ok"},
              {"type":"text","text":"after"}]}]})")
        << QByteArray(R"({"input":[{"type":"function_call","call_id":"t1","name":"Bash","arguments":"{}"},
              {"type":"function_call_output","call_id":"t1","output":"ok"},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"before"},{"type":"input_text","text":"after"}]}]})")
        << false << QByteArray();
    QTest::newRow("tool_result shapes: list, error, empty, unknown blocks")
        << QByteArray(R"({"model":"m","messages":[{"role":"assistant","content":[
              {"type":"tool_use","id":"a","name":"T","input":{}},{"type":"tool_use","id":"b","name":"T","input":{}},
              {"type":"tool_use","id":"c","name":"T","input":{}},{"type":"tool_use","id":"d","name":"T","input":{}},
              {"type":"tool_use","id":"e","name":"T","input":{}},{"type":"tool_use","id":"f","name":"T","input":{}},
              {"type":"tool_use","id":"g","name":"T","input":{}}]},
              {"role":"user","content":[
              {"type":"tool_result","tool_use_id":"a","content":[{"type":"text","text":"shot:"},
                {"type":"image","source":{"type":"base64","media_type":"image/jpeg","data":"/9j/"}}]},
              {"type":"tool_result","tool_use_id":"b","content":"Exit code 1","is_error":true},
              {"type":"tool_result","tool_use_id":"c","content":[{"type":"image","source":{"type":"url","url":"https://x/y.png"}}],"is_error":true},
              {"type":"tool_result","tool_use_id":"d","content":[]},
              {"type":"tool_result","tool_use_id":"e"},
              {"type":"tool_result","tool_use_id":"f","content":[{"type":"tool_reference","tool_name":"WebFetch"},{"type":"text","text":"found"}]},
              {"type":"tool_result","tool_use_id":"g","content":"","is_error":true}]}]})")
        << QByteArray(R"({"input":[
              {"type":"function_call","call_id":"a","name":"T","arguments":"{}"},{"type":"function_call","call_id":"b","name":"T","arguments":"{}"},
              {"type":"function_call","call_id":"c","name":"T","arguments":"{}"},{"type":"function_call","call_id":"d","name":"T","arguments":"{}"},
              {"type":"function_call","call_id":"e","name":"T","arguments":"{}"},{"type":"function_call","call_id":"f","name":"T","arguments":"{}"},
              {"type":"function_call","call_id":"g","name":"T","arguments":"{}"},
              {"type":"function_call_output","call_id":"a","output":[{"type":"input_text","text":"shot:"},
                {"type":"input_image","image_url":"data:image/jpeg;base64,/9j/"}]},
              {"type":"function_call_output","call_id":"b","output":"[tool execution error]\nExit code 1"},
              {"type":"function_call_output","call_id":"c","output":[{"type":"input_text","text":"[tool execution error]\n"},
                {"type":"input_image","image_url":"https://x/y.png"}]},
              {"type":"function_call_output","call_id":"d","output":""},
              {"type":"function_call_output","call_id":"e","output":""},
              {"type":"function_call_output","call_id":"f","output":[{"type":"input_text","text":"{\"tool_name\":\"WebFetch\",\"type\":\"tool_reference\"}"},
                {"type":"input_text","text":"found"}]},
              {"type":"function_call_output","call_id":"g","output":"[tool execution error]\n"}],
              "_result":{"imageCount":2}})")
        << false << QByteArray();
    QTest::newRow("is_error prefixes the first text part of a list")
        << QByteArray(R"({"model":"m","messages":[{"role":"assistant","content":[{"type":"tool_use","id":"a","name":"T","input":{}}]},
              {"role":"user","content":[{"type":"tool_result","tool_use_id":"a","is_error":true,"content":[{"type":"text","text":"boom"}]}]}]})")
        << QByteArray(R"({"input":[{"type":"function_call","call_id":"a","name":"T","arguments":"{}"},
              {"type":"function_call_output","call_id":"a","output":[{"type":"input_text","text":"[tool execution error]\nboom"}]}]})")
        << false << QByteArray();
    QTest::newRow("thinking: our signature replayed in place, others dropped")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"q"},{"role":"assistant","content":[
              {"type":"thinking","thinking":"from claude","signature":"EqQBCkYIBxgCKkBanthropicsig"},
              {"type":"redacted_thinking","data":"gAAAAredacted"},
              {"type":"text","text":"a"},
              {"type":"thinking","thinking":"plan","signature":"gAAAAABsecond"},
              {"type":"tool_use","id":"t","name":"Bash","input":{"command":"ls"}}]},
              {"role":"user","content":[{"type":"tool_result","tool_use_id":"t","content":"x"}]}]})")
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"q"}]},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"a"}]},
              {"type":"reasoning","summary":[],"encrypted_content":"gAAAAABsecond"},
              {"type":"function_call","call_id":"t","name":"Bash","arguments":"{\"command\":\"ls\"}"},
              {"type":"function_call_output","call_id":"t","output":"x"}],
              "_result":{"reasoningItemCount":1}})")
        << false << QByteArray();
    QTest::newRow("server tool history is dropped")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"news?"},{"role":"assistant","content":[
              {"type":"server_tool_use","id":"srvtoolu_1","name":"web_search","input":{"query":"news"}},
              {"type":"web_search_tool_result","tool_use_id":"srvtoolu_1","content":[{"type":"web_search_result","url":"https://n","title":"N","encrypted_content":"zz"}]},
              {"type":"text","text":"Here is the news.","citations":[{"type":"web_search_result_location","url":"https://n"}]}]}]})")
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"news?"}]},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Here is the news."}]}]})")
        << false << QByteArray();
    QTest::newRow("orphan tool_use (Esc) gets an interrupted output")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"run it"},
              {"role":"assistant","content":[{"type":"tool_use","id":"toolu_x","name":"Bash","input":{"command":"sleep 99"}}]},
              {"role":"user","content":"never mind"}]})")
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"run it"}]},
              {"type":"function_call","call_id":"toolu_x","name":"Bash","arguments":"{\"command\":\"sleep 99\"}"},
              {"type":"function_call_output","call_id":"toolu_x","output":"tool call was interrupted"},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"never mind"}]}],
              "_result":{"synthesizedToolOutputs":1,"orphanToolResults":0}})")
        << false << QByteArray();
    QTest::newRow("orphan tool_result becomes user text")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[
              {"type":"tool_result","tool_use_id":"toolu_gone","content":"42 files"},{"type":"text","text":"continue"}]}]})")
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"Result of tool call toolu_gone:\n42 files"}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"continue"}]}],
              "_result":{"synthesizedToolOutputs":0,"orphanToolResults":1}})")
        << false << QByteArray();
    QTest::newRow("ids with invalid characters are sanitized and stay paired")
        << QByteArray(R"({"model":"m","messages":[{"role":"assistant","content":[{"type":"tool_use","id":"functions.Bash:0","name":"Bash","input":{}}]},
              {"role":"user","content":[{"type":"tool_result","tool_use_id":"functions.Bash:0","content":"ok"}]}]})")
        << QByteArray(R"({"_result":{"synthesizedToolOutputs":0,"orphanToolResults":0}})")
        << false << QByteArray();

    // --- tools -----------------------------------------------------------------------------------------
    QTest::newRow("function tools: schema cleanup, defer_loading dropped, duplicates once")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[
              {"name":"NoSchema","description":"d"},
              {"name":"NoType","input_schema":{"properties":{"x":{"type":"string"}}}},
              {"type":"custom","name":"Deferred","input_schema":{"type":"object"},"defer_loading":true,"input_examples":[{}]},
              {"name":"NoType","description":"second definition ignored"}]})")
        << QByteArray(R"({"tools":[
              {"type":"function","name":"NoSchema","description":"d","parameters":{"type":"object","properties":{}},"strict":false},
              {"type":"function","name":"NoType","parameters":{"type":"object","properties":{"x":{"type":"string"}}},"strict":false},
              {"type":"function","name":"Deferred","parameters":{"type":"object","properties":{}},"strict":false}],
              "tool_choice":"auto","parallel_tool_calls":true,"_result":{"toolCount":3}})")
        << false << QByteArray();
    QTest::newRow("web search tool and unsupported anthropic tools")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[
              {"type":"web_search_20250305","name":"web_search","max_uses":5,"allowed_domains":["docs.qt.io","cppreference.com"],
               "blocked_domains":["x.com"],"user_location":{"type":"approximate","city":"Berlin","country":"DE","timezone":"Europe/Berlin"}},
              {"type":"bash_20250124","name":"bash"},
              {"type":"text_editor_20250728","name":"str_replace_based_edit_tool"}]})")
        << QByteArray(R"({"tools":[{"type":"web_search","filters":{"allowed_domains":["docs.qt.io","cppreference.com"]},
              "user_location":{"type":"approximate","city":"Berlin","country":"DE","timezone":"Europe/Berlin"}}],
              "tool_choice":"auto","parallel_tool_calls":true})")
        << false << QByteArray();
    QTest::newRow("plain web search tool")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"web_search_20260101","name":"web_search"}]})")
        << QByteArray(R"({"tools":[{"type":"web_search"}]})") << false << QByteArray();
    QTest::newRow("only unsupported tools -> no tools at all")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"computer_20250124","name":"computer"}],
              "tool_choice":{"type":"any"}})")
        << QByteArray(R"({"tools":null,"tool_choice":null,"parallel_tool_calls":null})") << false << QByteArray();
    QTest::newRow("empty tools -> no tool fields")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[]})")
        << QByteArray(R"({"tools":null,"tool_choice":null,"parallel_tool_calls":null,"_result":{"toolCount":0}})")
        << false << QByteArray();
    QTest::newRow("long mcp names shortened everywhere")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"},{"role":"assistant","content":[
              {"type":"tool_use","id":"t1","name":"mcp__plugin_company_internal_knowledge_base_connector__search_documents","input":{"q":"a"}}]},
              {"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":"r"}]}],
              "tools":[{"name":"mcp__plugin_company_internal_knowledge_base_connector__search_documents","input_schema":{"type":"object","properties":{"q":{"type":"string"}}}},
                       {"name":"mcp__other.server__search_documents"}],
              "tool_choice":{"type":"tool","name":"mcp__plugin_company_internal_knowledge_base_connector__search_documents"}})")
        << QByteArray(R"({"tools":[
              {"type":"function","name":"mcp__search_documents","parameters":{"type":"object","properties":{"q":{"type":"string"}}},"strict":false},
              {"type":"function","name":"mcp__other_server__search_documents","parameters":{"type":"object","properties":{}},"strict":false}],
              "tool_choice":{"type":"function","name":"mcp__search_documents"},
              "input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]},
              {"type":"function_call","call_id":"t1","name":"mcp__search_documents","arguments":"{\"q\":\"a\"}"},
              {"type":"function_call_output","call_id":"t1","output":"r"}]})")
        << false << QByteArray();

    // --- tool_choice ----------------------------------------------------------------------------------
    const QByteArray twoTools = R"("tools":[{"name":"Bash"},{"type":"web_search_20250305","name":"web_search"}])";
    const auto choiceRow = [&](const char *name, const QByteArray &choice, const QByteArray &expected) {
        QTest::newRow(name) << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"}],)" + twoTools
                                          + R"(,"tool_choice":)" + choice + "}")
                            << expected << false << QByteArray();
    };
    choiceRow("tool_choice auto", R"({"type":"auto"})", R"({"tool_choice":"auto","parallel_tool_calls":true})");
    choiceRow("tool_choice any", R"({"type":"any"})", R"({"tool_choice":"required","parallel_tool_calls":true})");
    choiceRow("tool_choice none", R"({"type":"none"})", R"({"tool_choice":"none"})");
    choiceRow("tool_choice tool", R"({"type":"tool","name":"Bash"})",
              R"({"tool_choice":{"type":"function","name":"Bash"}})");
    choiceRow("tool_choice web search", R"({"type":"tool","name":"web_search"})", R"({"tool_choice":{"type":"web_search"}})");
    choiceRow("disable_parallel_tool_use", R"({"type":"auto","disable_parallel_tool_use":true})",
              R"({"tool_choice":"auto","parallel_tool_calls":false})");
    choiceRow("disable_parallel_tool_use false", R"({"type":"any","disable_parallel_tool_use":false})",
              R"({"tool_choice":"required","parallel_tool_calls":true})");

    // --- reasoning effort --------------------------------------------------------------------------------
    const auto effortRow = [](const char *name, const QByteArray &fields, const char *effort,
                              const QByteArray &context = QByteArray()) {
        QTest::newRow(name) << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"}])" + fields + "}")
                            << QByteArray(R"({"reasoning":{"effort":")" + QByteArray(effort) + R"(","summary":"auto"},"_result":{"effort":")"
                                          + QByteArray(effort) + R"("}})")
                            << false << context;
    };
    const QByteArray allLevels = R"({"supportedEfforts":["none","minimal","low","medium","high","xhigh"]})";
    effortRow("no thinking -> default", "", "medium");
    effortRow("no thinking -> model default", "", "high", R"({"defaultEffort":"high"})");
    effortRow("budget 0 -> none", R"(,"thinking":{"type":"enabled","budget_tokens":0})", "none", allLevels);
    effortRow("budget 0 clamped to lowest supported", R"(,"thinking":{"type":"enabled","budget_tokens":0})", "low");
    effortRow("budget 512 -> minimal", R"(,"thinking":{"type":"enabled","budget_tokens":512})", "minimal", allLevels);
    effortRow("budget 1024 -> low", R"(,"thinking":{"type":"enabled","budget_tokens":1024})", "low", allLevels);
    effortRow("budget 4000 -> medium", R"(,"thinking":{"type":"enabled","budget_tokens":4000})", "medium");
    effortRow("budget 16000 -> high", R"(,"thinking":{"type":"enabled","budget_tokens":16000})", "high");
    effortRow("budget 31999 -> xhigh", R"(,"thinking":{"type":"enabled","budget_tokens":31999})", "xhigh");
    effortRow("enabled without budget -> medium", R"(,"thinking":{"type":"enabled"})", "medium", R"({"defaultEffort":"high"})");
    effortRow("adaptive -> output_config.effort", R"(,"thinking":{"type":"adaptive","display":"omitted"},"output_config":{"effort":"low"})", "low");
    effortRow("adaptive without effort -> default", R"(,"thinking":{"type":"adaptive"})", "medium");
    effortRow("effort max clamped to xhigh", R"(,"thinking":{"type":"adaptive"},"output_config":{"effort":"max"})", "xhigh");
    effortRow("effort max on a model with max", R"(,"thinking":{"type":"adaptive"},"output_config":{"effort":"max"})", "max",
              R"({"supportedEfforts":["low","medium","high","xhigh","max","ultra"]})");
    effortRow("output_config.effort without thinking", R"(,"output_config":{"effort":"high"})", "high");
    effortRow("budget wins over output_config", R"(,"thinking":{"type":"enabled","budget_tokens":600},"output_config":{"effort":"high"})", "low");
    effortRow("disabled -> lowest supported", R"(,"thinking":{"type":"disabled"})", "low");
    effortRow("disabled -> none when supported", R"(,"thinking":{"type":"disabled"})", "none", allLevels);
    effortRow("unknown supported levels -> default", R"(,"thinking":{"type":"enabled","budget_tokens":30000})", "medium",
              R"({"supportedEfforts":[]})");

    // --- structured output ---------------------------------------------------------------------------
    QTest::newRow("output_config.format json_schema -> text.format")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"}],
              "output_config":{"format":{"type":"json_schema","schema":{"$schema":"x","type":"object","properties":{"a":{"type":"integer"}},"required":["a"]}}}})")
        << QByteArray(R"({"text":{"format":{"type":"json_schema","name":"output","strict":false,
              "schema":{"type":"object","properties":{"a":{"type":"integer"}},"required":["a"]}}}})")
        << false << QByteArray();
}

void tst_AnthropicRequestTranslator::translate()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, expected);
    QFETCH(bool, exact);
    QFETCH(QByteArray, context);

    const TranslatedRequest result = AnthropicRequestTranslator::translate(parseObject(request), contextFrom(context));
    QVERIFY2(result.ok(), result.error ? qPrintable(result.error->message) : "");
    const QString broken = checkBackendRules(result);
    QVERIFY2(broken.isEmpty(), qPrintable(broken + QStringLiteral("\n") + QString::fromUtf8(compact(result.body))));

    QJsonObject wanted = parseObject(expected);
    const QJsonObject counters = wanted.take(QStringLiteral("_result")).toObject();
    if (exact) {
        QVERIFY2(result.body == wanted, compact(result.body).constData());
    } else {
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            if (it.value().isNull()) {
                QVERIFY2(!result.body.contains(it.key()), qPrintable(it.key() + QStringLiteral(" must not be sent")));
                continue;
            }
            const QJsonValue actual = result.body.value(it.key());
            QVERIFY2(actual == it.value(), qPrintable(it.key() + QStringLiteral(": ") + QString::fromUtf8(compact(actual))));
        }
    }

    for (auto it = counters.begin(); it != counters.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("toolCount"))
            QCOMPARE(result.toolCount, it.value().toInt());
        else if (key == QLatin1String("imageCount"))
            QCOMPARE(result.imageCount, it.value().toInt());
        else if (key == QLatin1String("hasImages"))
            QCOMPARE(result.hasImages, it.value().toBool());
        else if (key == QLatin1String("reasoningItemCount"))
            QCOMPARE(result.reasoningItemCount, it.value().toInt());
        else if (key == QLatin1String("synthesizedToolOutputs"))
            QCOMPARE(result.synthesizedToolOutputs, it.value().toInt());
        else if (key == QLatin1String("orphanToolResults"))
            QCOMPARE(result.orphanToolResults, it.value().toInt());
        else if (key == QLatin1String("effort"))
            QCOMPARE(result.effort, it.value().toString());
        else
            QFAIL(qPrintable(QStringLiteral("unknown counter in test data: ") + key));
    }
}

void tst_AnthropicRequestTranslator::errors_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("message");

    const QByteArray hi = R"("messages":[{"role":"user","content":"hi"}])";
    const auto withMessages = [](const QByteArray &messages) {
        return QByteArray(R"({"model":"m","messages":)" + messages + "}");
    };
    QTest::newRow("model missing") << QByteArray("{" + hi + "}") << QStringLiteral("model: field required (a non-empty string)");
    QTest::newRow("model not a string") << QByteArray(R"({"model":5,)" + hi + "}")
                                        << QStringLiteral("model: field required (a non-empty string)");
    QTest::newRow("model empty") << QByteArray(R"({"model":" ",)" + hi + "}")
                                 << QStringLiteral("model: field required (a non-empty string)");
    QTest::newRow("messages missing") << QByteArray(R"({"model":"m"})")
                                      << QStringLiteral("messages: field required (an array of messages)");
    QTest::newRow("messages not an array") << withMessages(R"({"role":"user"})")
                                           << QStringLiteral("messages: must be an array of messages");
    QTest::newRow("messages empty") << withMessages("[]") << QStringLiteral("messages: at least one message is required");
    QTest::newRow("message not an object") << withMessages(R"([{"role":"user","content":"a"},"hello"])")
                                           << QStringLiteral("messages.1: each message must be an object");
    QTest::newRow("role missing") << withMessages(R"([{"content":"a"}])")
                                  << QStringLiteral("messages.0.role: must be \"user\", \"assistant\" or \"system\"");
    QTest::newRow("role unknown") << withMessages(R"([{"role":"tool","content":"a"}])")
                                  << QStringLiteral("messages.0.role: must be \"user\", \"assistant\" or \"system\"");
    QTest::newRow("content missing") << withMessages(R"([{"role":"user"}])")
                                     << QStringLiteral("messages.0.content: must be a string or an array of content blocks");
    QTest::newRow("content number") << withMessages(R"([{"role":"user","content":7}])")
                                    << QStringLiteral("messages.0.content: must be a string or an array of content blocks");
    QTest::newRow("block not an object") << withMessages(R"([{"role":"user","content":["hi"]}])")
                                         << QStringLiteral("messages.0.content.0: each content block must be an object with a string \"type\"");
    QTest::newRow("block without type") << withMessages(R"([{"role":"user","content":[{"text":"hi"}]}])")
                                        << QStringLiteral("messages.0.content.0: each content block must be an object with a string \"type\"");
    QTest::newRow("text not a string") << withMessages(R"([{"role":"assistant","content":[{"type":"text","text":1}]}])")
                                       << QStringLiteral("messages.0.content.0.text: must be a string");
    QTest::newRow("image without source") << withMessages(R"([{"role":"user","content":[{"type":"image"}]}])")
                                          << QStringLiteral("messages.0.content.0.source: field required (an object)");
    QTest::newRow("image base64 without data")
        << withMessages(R"([{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png"}}]}])")
        << QStringLiteral("messages.0.content.0.source.data: field required (base64 image data)");
    QTest::newRow("image file source")
        << withMessages(R"([{"role":"user","content":[{"type":"text","text":"x"},{"type":"image","source":{"type":"file","file_id":"f"}}]}])")
        << QStringLiteral("messages.0.content.1.source.type: image source \"file\" is not supported (use \"base64\" or \"url\")");
    QTest::newRow("document file source")
        << withMessages(R"([{"role":"user","content":[{"type":"document","source":{"type":"file","file_id":"f"}}]}])")
        << QStringLiteral("messages.0.content.0.source.type: document source \"file\" is not supported (use \"base64\", "
                          "\"text\", \"url\" or \"content\")");
    QTest::newRow("tool_use without id")
        << withMessages(R"([{"role":"assistant","content":[{"type":"tool_use","name":"Bash","input":{}}]}])")
        << QStringLiteral("messages.0.content.0.id: field required (a non-empty string)");
    QTest::newRow("tool_use without name")
        << withMessages(R"([{"role":"assistant","content":[{"type":"tool_use","id":"t","input":{}}]}])")
        << QStringLiteral("messages.0.content.0.name: field required (a non-empty string)");
    QTest::newRow("tool_use input not an object")
        << withMessages(R"([{"role":"assistant","content":[{"type":"tool_use","id":"t","name":"Bash","input":"ls"}]}])")
        << QStringLiteral("messages.0.content.0.input: must be an object");
    QTest::newRow("tool_result without tool_use_id")
        << withMessages(R"([{"role":"user","content":[{"type":"tool_result","content":"x"}]}])")
        << QStringLiteral("messages.0.content.0.tool_use_id: field required (a non-empty string)");
    QTest::newRow("tool_result content object")
        << withMessages(R"([{"role":"user","content":[{"type":"tool_result","tool_use_id":"t","content":{"a":1}}]}])")
        << QStringLiteral("messages.0.content.0.content: must be a string or an array of content blocks");
    QTest::newRow("tool_result block not an object")
        << withMessages(R"([{"role":"user","content":[{"type":"tool_result","tool_use_id":"t","content":["x"]}]}])")
        << QStringLiteral("messages.0.content.0.content.0: each content block must be an object");
    QTest::newRow("system number") << QByteArray(R"({"model":"m","system":3,)" + hi + "}")
                                   << QStringLiteral("system: must be a string or an array of text blocks");
    QTest::newRow("system block without text") << QByteArray(R"({"model":"m","system":[{"type":"image"}],)" + hi + "}")
                                               << QStringLiteral("system.0: must be a text block with a string \"text\"");
    QTest::newRow("tools not an array") << QByteArray(R"({"model":"m","tools":{"name":"x"},)" + hi + "}")
                                        << QStringLiteral("tools: must be an array of tool definitions");
    QTest::newRow("tool not an object") << QByteArray(R"({"model":"m","tools":["Bash"],)" + hi + "}")
                                        << QStringLiteral("tools.0: each tool must be an object");
    QTest::newRow("tool without name") << QByteArray(R"({"model":"m","tools":[{"name":"A"},{"description":"x"}],)" + hi + "}")
                                       << QStringLiteral("tools.1.name: field required (a non-empty string)");
    QTest::newRow("tool_choice unknown type")
        << QByteArray(R"({"model":"m","tools":[{"name":"A"}],"tool_choice":{"type":"some"},)" + hi + "}")
        << QStringLiteral("tool_choice.type: must be \"auto\", \"any\", \"tool\" or \"none\"");
    QTest::newRow("tool_choice names an unknown tool")
        << QByteArray(R"({"model":"m","tools":[{"name":"A"}],"tool_choice":{"type":"tool","name":"B"},)" + hi + "}")
        << QStringLiteral("tool_choice.name: no tool named \"B\" in tools");
    QTest::newRow("tool_choice tool without name")
        << QByteArray(R"({"model":"m","tools":[{"name":"A"}],"tool_choice":{"type":"tool"},)" + hi + "}")
        << QStringLiteral("tool_choice.name: field required when tool_choice.type is \"tool\"");
    QTest::newRow("tool_choice number") << QByteArray(R"({"model":"m","tools":[{"name":"A"}],"tool_choice":1,)" + hi + "}")
                                        << QStringLiteral("tool_choice: must be an object such as {\"type\":\"auto\"}");
    QTest::newRow("thinking not an object") << QByteArray(R"({"model":"m","thinking":true,)" + hi + "}")
                                            << QStringLiteral("thinking: must be an object such as {\"type\":\"enabled\",\"budget_tokens\":8192}");
    QTest::newRow("budget_tokens not a number")
        << QByteArray(R"({"model":"m","thinking":{"type":"enabled","budget_tokens":"lots"},)" + hi + "}")
        << QStringLiteral("thinking.budget_tokens: must be an integer");
}

void tst_AnthropicRequestTranslator::errors()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, message);
    const TranslatedRequest result = AnthropicRequestTranslator::translate(parseObject(request), contextFrom({}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->status, 400);
    QCOMPARE(result.error->anthropicType(), QStringLiteral("invalid_request_error"));
    QCOMPARE(result.error->message, message);
    QVERIFY(result.body.isEmpty());
}

void tst_AnthropicRequestTranslator::toolNamesRoundTrip()
{
    const QString longName = QStringLiteral("mcp__plugin_company_internal_knowledge_base_connector__search_documents");
    const QJsonObject request{
        {QStringLiteral("model"), QStringLiteral("m")},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), QStringLiteral("hi")}}}},
        {QStringLiteral("tools"), QJsonArray{QJsonObject{{QStringLiteral("name"), longName}},
                                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Read")}},
                                             QJsonObject{{QStringLiteral("name"), QStringLiteral("odd name!")}}}}};
    const TranslatedRequest result = AnthropicRequestTranslator::translate(request, contextFrom({}));
    QVERIFY(result.ok());
    QStringList clientNames;
    for (const QJsonValue &tool : result.body.value(QStringLiteral("tools")).toArray())
        clientNames.append(result.toolNames.toClient(tool.toObject().value(QStringLiteral("name")).toString()));
    QCOMPARE(clientNames, (QStringList{longName, QStringLiteral("Read"), QStringLiteral("odd name!")}));
    QCOMPARE(result.toolNames.toUpstream(QStringLiteral("odd name!")), QStringLiteral("odd_name_"));
}

void tst_AnthropicRequestTranslator::sessionKey_data()
{
    QTest::addColumn<QByteArray>("sessionHeader");
    QTest::addColumn<QByteArray>("agentHeader");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("expected");

    const QByteArray jsonUserId =
        R"({"model":"m","metadata":{"user_id":"{\"device_id\":\"9f2cdd0417a7c1e0\",\"account_uuid\":\"\",\"session_id\":\"6a1f0c8e-2b7d-4c51-9e3a-0d4b8f2e7c19\"}"}})";
    // Expected name-based keys: UUIDv5 in namespace 5f0c2b1e-8d4a-4c36-9a57-1e3b62d07f14 of "session\nagent",
    // computed independently (Python uuid.uuid5).
    QTest::newRow("header") << QByteArray("0b9d6c2e-51aa-4f0e-8d7c-3e2a1b4c5d6f") << QByteArray() << QByteArray("{}")
                            << QStringLiteral("0b9d6c2e-51aa-4f0e-8d7c-3e2a1b4c5d6f");
    QTest::newRow("header wins over metadata") << QByteArray(" 0b9d6c2e-51aa-4f0e-8d7c-3e2a1b4c5d6f ") << QByteArray()
                                               << jsonUserId << QStringLiteral("0b9d6c2e-51aa-4f0e-8d7c-3e2a1b4c5d6f");
    QTest::newRow("header with agent") << QByteArray("0b9d6c2e-51aa-4f0e-8d7c-3e2a1b4c5d6f") << QByteArray("sub-1")
                                       << QByteArray("{}") << QStringLiteral("8a649c29-6f09-5b99-99d5-c8ba64224660");
    QTest::newRow("metadata JSON session_id") << QByteArray() << QByteArray() << jsonUserId
                                              << QStringLiteral("6a1f0c8e-2b7d-4c51-9e3a-0d4b8f2e7c19");
    QTest::newRow("metadata JSON with agent header") << QByteArray() << QByteArray("agent-a5591a2") << jsonUserId
                                                     << QStringLiteral("ec3cc1d2-e438-5bf6-84fb-aa0c1c907f00");
    QTest::newRow("metadata JSON agent_id")
        << QByteArray() << QByteArray()
        << QByteArray(R"({"metadata":{"user_id":"{\"session_id\":\"6a1f0c8e-2b7d-4c51-9e3a-0d4b8f2e7c19\",\"agent_id\":\"agent-b77\"}"}})")
        << QStringLiteral("a92d486a-1c7d-5032-b3bd-09eddb09cad1");
    QTest::newRow("legacy user_id")
        << QByteArray() << QByteArray()
        << QByteArray(R"({"metadata":{"user_id":"user_4f1e9a_account_5b2c3d4e-0000-1111-2222-333344445555_session_6a1f0c8e-2b7d-4c51-9e3a-0d4b8f2e7c19"}})")
        << QStringLiteral("6a1f0c8e-2b7d-4c51-9e3a-0d4b8f2e7c19");
    QTest::newRow("unsafe header value hashed") << QByteArray("session with spaces") << QByteArray() << QByteArray("{}")
                                                << QStringLiteral("36525db7-0b58-5ae2-85f4-2d30502294a0");
    QTest::newRow("plain user_id is no session") << QByteArray() << QByteArray()
                                                 << QByteArray(R"({"metadata":{"user_id":"user-123"}})") << QString();
    QTest::newRow("agent alone is no session") << QByteArray() << QByteArray("agent-1") << QByteArray("{}") << QString();
    QTest::newRow("nothing") << QByteArray() << QByteArray() << QByteArray(R"({"model":"m"})") << QString();
    QTest::newRow("malformed JSON user_id") << QByteArray() << QByteArray()
                                            << QByteArray(R"({"metadata":{"user_id":"{not json"}})") << QString();
}

void tst_AnthropicRequestTranslator::sessionKey()
{
    QFETCH(QByteArray, sessionHeader);
    QFETCH(QByteArray, agentHeader);
    QFETCH(QByteArray, request);
    QFETCH(QString, expected);
    const QJsonObject parsed = parseObject(request);
    QCOMPARE(AnthropicRequestTranslator::sessionKey(sessionHeader, parsed, agentHeader), expected);
    if (agentHeader.isEmpty()) // the two-argument form is the same as no agent header
        QCOMPARE(AnthropicRequestTranslator::sessionKey(sessionHeader, parsed), expected);
}

void tst_AnthropicRequestTranslator::withoutReasoning()
{
    const QJsonObject request = parseObject(R"({"model":"m","messages":[{"role":"user","content":"q"},
        {"role":"assistant","content":[{"type":"thinking","thinking":"","signature":"gAAAAone"},{"type":"text","text":"a"},
        {"type":"thinking","thinking":"","signature":"gAAAAtwo"},{"type":"tool_use","id":"t","name":"Bash","input":{}}]},
        {"role":"user","content":[{"type":"tool_result","tool_use_id":"t","content":"x"}]}]})");
    const TranslatedRequest result = AnthropicRequestTranslator::translate(request, contextFrom({}));
    QVERIFY(result.ok());
    QCOMPARE(result.reasoningItemCount, 2);

    const QJsonObject stripped = AnthropicRequestTranslator::withoutReasoning(result.body);
    const QJsonObject wantedInput = parseObject(R"({"input":[
        {"type":"message","role":"user","content":[{"type":"input_text","text":"q"}]},
        {"type":"message","role":"assistant","content":[{"type":"output_text","text":"a"}]},
        {"type":"function_call","call_id":"t","name":"Bash","arguments":"{}"},
        {"type":"function_call_output","call_id":"t","output":"x"}]})");
    QVERIFY2(stripped.value(QStringLiteral("input")) == wantedInput.value(QStringLiteral("input")),
             compact(stripped.value(QStringLiteral("input"))).constData());
    // Everything else is untouched, including include (replays stay possible next turn).
    QJsonObject rest = stripped;
    QJsonObject original = result.body;
    rest.remove(QStringLiteral("input"));
    original.remove(QStringLiteral("input"));
    QVERIFY(rest == original);
    // Idempotent.
    QVERIFY(AnthropicRequestTranslator::withoutReasoning(stripped) == stripped);
}

// Random conversations of every block kind the translator knows (and some it does not), with broken
// pairing, repeated and invalid ids, long tool names and forbidden top-level fields: the body must
// always satisfy the backend's rules.
void tst_AnthropicRequestTranslator::backendRulesHoldForManyShapes()
{
    QRandomGenerator rng(20260301);
    const QStringList toolNames{QStringLiteral("Bash"), QStringLiteral("Read"),
                                QStringLiteral("mcp__very_long_server_name_for_the_company_wide_tracker__create_issue"),
                                QStringLiteral("mcp__another_very_long_server_name_for_the_company_tracker__create_issue"),
                                QStringLiteral("tool.with:odd chars")};
    const QStringList ids{QStringLiteral("toolu_01A"), QStringLiteral("toolu_01B"), QStringLiteral("call.with.dots"),
                          QString(80, QChar(u'x')), QStringLiteral("toolu_01C")};
    const QStringList forbidden{QStringLiteral("max_tokens"), QStringLiteral("temperature"), QStringLiteral("top_p"),
                                QStringLiteral("top_k"), QStringLiteral("stop_sequences"), QStringLiteral("metadata"),
                                QStringLiteral("betas"), QStringLiteral("context_management"), QStringLiteral("user"),
                                QStringLiteral("previous_response_id"), QStringLiteral("truncation")};
    const auto pick = [&rng](const QStringList &list) { return list.at(int(rng.bounded(int(list.size())))); };

    for (int shape = 0; shape < 500; ++shape) {
        QJsonObject request{{QStringLiteral("model"), QStringLiteral("claude-sonnet-4-5")}};
        for (const QString &field : forbidden) {
            if (rng.bounded(2))
                request.insert(field, 1);
        }
        if (rng.bounded(2)) {
            QJsonArray tools;
            for (const QString &name : toolNames) {
                if (rng.bounded(2))
                    tools.append(QJsonObject{{QStringLiteral("name"), name},
                                             {QStringLiteral("input_schema"),
                                              QJsonObject{{QStringLiteral("$schema"), QStringLiteral("x")}}}});
            }
            if (rng.bounded(3) == 0)
                tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("web_search_20250305")},
                                         {QStringLiteral("name"), QStringLiteral("web_search")}});
            request.insert(QStringLiteral("tools"), tools);
        }
        if (rng.bounded(2))
            request.insert(QStringLiteral("system"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                            {QStringLiteral("text"), QStringLiteral("sys")}}});

        QJsonArray messages;
        const int messageCount = 1 + int(rng.bounded(8));
        for (int m = 0; m < messageCount; ++m) {
            const int roleRoll = int(rng.bounded(10));
            const QString role = roleRoll == 0 ? QStringLiteral("system")
                                               : (roleRoll % 2 ? QStringLiteral("assistant") : QStringLiteral("user"));
            QJsonArray blocks;
            const int blockCount = int(rng.bounded(5));
            for (int b = 0; b < blockCount; ++b) {
                QJsonObject block;
                switch (rng.bounded(10)) {
                case 0:
                case 1:
                    block = {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QStringLiteral("t")}};
                    break;
                case 2:
                    block = {{QStringLiteral("type"), QStringLiteral("tool_use")}, {QStringLiteral("id"), pick(ids)},
                             {QStringLiteral("name"), pick(toolNames)},
                             {QStringLiteral("input"), QJsonObject{{QStringLiteral("k"), int(rng.bounded(9))}}}};
                    break;
                case 3:
                case 4:
                    block = {{QStringLiteral("type"), QStringLiteral("tool_result")}, {QStringLiteral("tool_use_id"), pick(ids)},
                             {QStringLiteral("is_error"), bool(rng.bounded(2))},
                             {QStringLiteral("content"), rng.bounded(2) ? QJsonValue(QStringLiteral("out"))
                                                                         : QJsonValue(QJsonArray{QJsonObject{
                                                                               {QStringLiteral("type"), QStringLiteral("tool_reference")},
                                                                               {QStringLiteral("tool_name"), QStringLiteral("Bash")}}})}};
                    break;
                case 5:
                    block = {{QStringLiteral("type"), QStringLiteral("thinking")}, {QStringLiteral("thinking"), QStringLiteral("")},
                             {QStringLiteral("signature"), rng.bounded(2) ? QStringLiteral("gAAAAxyz") : QStringLiteral("EqQBanthropic")}};
                    break;
                case 6:
                    block = {{QStringLiteral("type"), QStringLiteral("image")},
                             {QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("base64")},
                                                                    {QStringLiteral("media_type"), QStringLiteral("image/png")},
                                                                    {QStringLiteral("data"), QStringLiteral("iVBORw0KGgo=")}}}};
                    break;
                case 7:
                    block = {{QStringLiteral("type"), QStringLiteral("redacted_thinking")}, {QStringLiteral("data"), QStringLiteral("z")}};
                    break;
                case 8:
                    block = {{QStringLiteral("type"), QStringLiteral("server_tool_use")}, {QStringLiteral("id"), QStringLiteral("srv")},
                             {QStringLiteral("name"), QStringLiteral("web_search")}, {QStringLiteral("input"), QJsonObject()}};
                    break;
                default:
                    block = {{QStringLiteral("type"), QStringLiteral("something_new")}, {QStringLiteral("value"), 1}};
                    break;
                }
                blocks.append(block);
            }
            messages.append(QJsonObject{{QStringLiteral("role"), role},
                                        {QStringLiteral("content"), rng.bounded(6) == 0 ? QJsonValue(QStringLiteral("plain"))
                                                                                        : QJsonValue(blocks)}});
        }
        request.insert(QStringLiteral("messages"), messages);

        const TranslatedRequest result = AnthropicRequestTranslator::translate(request, contextFrom({}));
        const QString broken = checkBackendRules(result);
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("shape %1: %2\nrequest: %3\nbody: %4")
                                                  .arg(shape)
                                                  .arg(broken, QString::fromUtf8(compact(request)),
                                                       QString::fromUtf8(compact(result.body)))));
        for (const QJsonValue &tool : result.body.value(QStringLiteral("tools")).toArray()) {
            const QJsonObject t = tool.toObject();
            if (t.value(QStringLiteral("type")).toString() == QLatin1String("function"))
                QVERIFY(toolNames.contains(result.toolNames.toClient(t.value(QStringLiteral("name")).toString())));
        }
    }
}

QTEST_APPLESS_MAIN(tst_AnthropicRequestTranslator)
#include "tst_anthropicrequesttranslator.moc"
