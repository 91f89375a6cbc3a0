#include "openai/chatrequesttranslator.h"
#include "responses/responsesids.h"
#include "responses/toolnamemapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        qFatal("bad JSON in test data: %s at %d: %s", qPrintable(error.errorString()), error.offset, json.constData());
    return doc.object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

RequestTranslationContext context(bool systemAsInstructions = false, const QString &cacheKey = QString())
{
    RequestTranslationContext ctx;
    ctx.upstreamModel = QStringLiteral("gpt-5.4");
    ctx.supportedEfforts = QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    ctx.defaultEffort = QStringLiteral("medium");
    ctx.promptCacheKey = cacheKey;
    ctx.systemAsInstructions = systemAsInstructions;
    return ctx;
}

// The fixed part of every translated body (section 3: store false, stream true, instructions string,
// include encrypted reasoning, reasoning with summary auto) with the row's fields laid over it; a row
// field set to null removes the default.
QByteArray expectedBody(const QByteArray &fields)
{
    QJsonObject body = parse(R"({"model":"gpt-5.4","instructions":"","store":false,"stream":true,
        "include":["reasoning.encrypted_content"],"reasoning":{"effort":"medium","summary":"auto"}})");
    const QJsonObject overlay = parse(fields);
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        if (it.value().isNull())
            body.remove(it.key());
        else
            body.insert(it.key(), it.value());
    }
    return compact(body);
}

const QSet<QString> &allowedTopLevel()
{
    static const QSet<QString> keys{
        QStringLiteral("model"),          QStringLiteral("instructions"), QStringLiteral("input"),
        QStringLiteral("tools"),          QStringLiteral("tool_choice"),  QStringLiteral("parallel_tool_calls"),
        QStringLiteral("reasoning"),      QStringLiteral("store"),        QStringLiteral("stream"),
        QStringLiteral("include"),        QStringLiteral("prompt_cache_key"), QStringLiteral("text"),
        QStringLiteral("service_tier")};
    return keys;
}

const QRegularExpression &validIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    return pattern;
}

// Section 3 rules that hold for every successful translation. Returns a description of the first
// violation, or an empty string.
QString hardRuleViolation(const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowedTopLevel().contains(it.key()))
            return QStringLiteral("field not in the allow-list: ") + it.key();
    }
    if (body.value(QLatin1String("store")) != QJsonValue(false))
        return QStringLiteral("store is not false");
    if (body.value(QLatin1String("stream")) != QJsonValue(true))
        return QStringLiteral("stream is not true");
    if (!body.value(QLatin1String("instructions")).isString())
        return QStringLiteral("instructions is not a string");
    if (!body.value(QLatin1String("include")).toArray().contains(QStringLiteral("reasoning.encrypted_content")))
        return QStringLiteral("include lacks reasoning.encrypted_content");
    if (!body.value(QLatin1String("input")).isArray())
        return QStringLiteral("input is not a list");
    if (body.contains(QLatin1String("parallel_tool_calls")) && !body.contains(QLatin1String("tools")))
        return QStringLiteral("parallel_tool_calls without tools");

    const QJsonObject reasoning = body.value(QLatin1String("reasoning")).toObject();
    if (reasoning.contains(QLatin1String("summary")) && !reasoning.value(QLatin1String("summary")).isString())
        return QStringLiteral("reasoning.summary is not a string");

    for (const QJsonValue &tool : body.value(QLatin1String("tools")).toArray()) {
        const QJsonObject t = tool.toObject();
        if (t.value(QLatin1String("type")) == QLatin1String("function")
            && !validIdPattern().match(t.value(QLatin1String("name")).toString()).hasMatch())
            return QStringLiteral("invalid tool name ") + t.value(QLatin1String("name")).toString();
    }

    QStringList calls;
    QStringList outputs;
    for (const QJsonValue &value : body.value(QLatin1String("input")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString type = item.value(QLatin1String("type")).toString();
        if (type == QLatin1String("message")) {
            const QString role = item.value(QLatin1String("role")).toString();
            if (role != QLatin1String("user") && role != QLatin1String("assistant")
                && role != QLatin1String("developer"))
                return QStringLiteral("message role ") + role;
        } else if (type == QLatin1String("function_call") || type == QLatin1String("function_call_output")) {
            const QString callId = item.value(QLatin1String("call_id")).toString();
            if (!validIdPattern().match(callId).hasMatch())
                return QStringLiteral("invalid call_id ") + callId;
            if (type == QLatin1String("function_call")) {
                if (!validIdPattern().match(item.value(QLatin1String("name")).toString()).hasMatch())
                    return QStringLiteral("invalid function name");
                if (!item.value(QLatin1String("arguments")).isString())
                    return QStringLiteral("arguments is not a string");
                calls.append(callId);
            } else {
                outputs.append(callId);
            }
        } else {
            return QStringLiteral("unexpected input item type ") + type;
        }
    }
    QStringList sortedCalls = calls;
    QStringList sortedOutputs = outputs;
    sortedCalls.sort();
    sortedOutputs.sort();
    if (sortedCalls != sortedOutputs)
        return QStringLiteral("function_call / function_call_output not paired one to one");
    return QString();
}

} // namespace

class tst_ChatRequestTranslator : public QObject
{
    Q_OBJECT

private slots:
    void translate_data();
    void translate();
    void rejects_data();
    void rejects();
    void toolNamesGoThroughMapper();
    void idsAreSanitizedAndStayPaired();
    void garbageNeverCrashes();
    void reportsCounts();
};

void tst_ChatRequestTranslator::translate_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("systemAsInstructions");
    QTest::addColumn<QString>("cacheKey");
    QTest::addColumn<QByteArray>("expected"); // fields laid over expectedBody()'s defaults

    QTest::newRow("user string")
        << QByteArray(R"({"model":"gpt-5","messages":[{"role":"user","content":"hi"}]})") << false << QString()
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}]})");

    QTest::newRow("client model replaced by the context's upstream model")
        << QByteArray(R"({"model":"my-alias","messages":[{"role":"user","content":"hi"}]})") << false << QString()
        << QByteArray(R"({"model":"gpt-5.4",
              "input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}]})");

    QTest::newRow("system and developer -> one leading developer message")
        << QByteArray(R"({"model":"m","messages":[
              {"role":"system","content":"Be brief."},
              {"role":"developer","content":[{"type":"text","text":"Use metric units."}]},
              {"role":"user","content":"hi"}]})")
        << false << QString()
        << QByteArray(R"({"input":[
              {"type":"message","role":"developer","content":[{"type":"input_text","text":"Be brief."},
                                                             {"type":"input_text","text":"Use metric units."}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}]})");

    QTest::newRow("system as instructions")
        << QByteArray(R"({"model":"m","messages":[
              {"role":"system","content":"Be brief."},
              {"role":"system","content":[{"type":"text","text":"Use metric units."}]},
              {"role":"user","content":"hi"}]})")
        << true << QString()
        << QByteArray(R"({"instructions":"Be brief.\n\nUse metric units.",
              "input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}]})");

    QTest::newRow("empty system message dropped")
        << QByteArray(R"({"model":"m","messages":[{"role":"system","content":""},{"role":"user","content":"hi"}]})")
        << false << QString()
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}]})");

    QTest::newRow("later system message keeps its place as developer")
        << QByteArray(R"({"model":"m","messages":[
              {"role":"user","content":"one"},
              {"role":"system","content":"Now answer in French."},
              {"role":"user","content":"two"}]})")
        << false << QString()
        << QByteArray(R"({"input":[
              {"type":"message","role":"user","content":[{"type":"input_text","text":"one"}]},
              {"type":"message","role":"developer","content":[{"type":"input_text","text":"Now answer in French."}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"two"}]}]})");

    QTest::newRow("user parts: text, data URL image, http image with detail")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[
              {"type":"text","text":"What is this?"},
              {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}},
              {"type":"image_url","image_url":{"url":"https://example.com/cat.jpg","detail":"low"}}]}]})")
        << false << QString()
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[
              {"type":"input_text","text":"What is this?"},
              {"type":"input_image","image_url":"data:image/png;base64,iVBORw0KGgo="},
              {"type":"input_image","image_url":"https://example.com/cat.jpg","detail":"low"}]}]})");

    QTest::newRow("file part with PDF data URL")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[
              {"type":"file","file":{"filename":"report.pdf","file_data":"data:application/pdf;base64,JVBERi0x"}},
              {"type":"text","text":"Summarise"}]}]})")
        << false << QString()
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[
              {"type":"input_file","file_data":"data:application/pdf;base64,JVBERi0x","filename":"report.pdf"},
              {"type":"input_text","text":"Summarise"}]}]})");

    QTest::newRow("file part with bare base64 and no name -> PDF data URL")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[
              {"type":"file","file":{"file_data":"JVBERi0x"}}]}]})")
        << false << QString()
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[
              {"type":"input_file","file_data":"data:application/pdf;base64,JVBERi0x","filename":"document.pdf"}]}]})");

    QTest::newRow("assistant text and refusal parts -> output_text")
        << QByteArray(R"({"model":"m","messages":[
              {"role":"user","content":"hi"},
              {"role":"assistant","content":"Hello!"},
              {"role":"assistant","content":[{"type":"text","text":"A"},{"type":"refusal","refusal":"B"}]},
              {"role":"user","content":"bye"}]})")
        << false << QString()
        << QByteArray(R"({"input":[
              {"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Hello!"}]},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"A"},
                                                             {"type":"output_text","text":"B"}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"bye"}]}]})");

    QTest::newRow("tools, tool calls and tool outputs")
        << QByteArray(R"({"model":"m",
              "tools":[{"type":"function","function":{"name":"get_weather","description":"Weather for a city",
                        "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}],
              "messages":[
              {"role":"user","content":"Weather in Paris and Rome?"},
              {"role":"assistant","content":null,"tool_calls":[
                  {"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
                  {"id":"call_2","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Rome\"}"}}]},
              {"role":"tool","tool_call_id":"call_1","content":"18C"},
              {"role":"tool","tool_call_id":"call_2","content":"24C"}]})")
        << false << QString()
        << QByteArray(R"({
              "tools":[{"type":"function","name":"get_weather","description":"Weather for a city","strict":false,
                        "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}],
              "parallel_tool_calls":true,
              "input":[
              {"type":"message","role":"user","content":[{"type":"input_text","text":"Weather in Paris and Rome?"}]},
              {"type":"function_call","call_id":"call_1","name":"get_weather","arguments":"{\"city\":\"Paris\"}"},
              {"type":"function_call","call_id":"call_2","name":"get_weather","arguments":"{\"city\":\"Rome\"}"},
              {"type":"function_call_output","call_id":"call_1","output":"18C"},
              {"type":"function_call_output","call_id":"call_2","output":"24C"}]})");

    QTest::newRow("assistant text before its tool call keeps the order")
        << QByteArray(R"({"model":"m","messages":[
              {"role":"user","content":"ls"},
              {"role":"assistant","content":"Listing.","tool_calls":[
                  {"id":"call_a","type":"function","function":{"name":"Bash","arguments":"{\"command\":\"ls\"}"}}]},
              {"role":"tool","tool_call_id":"call_a","content":[{"type":"text","text":"a.txt"},{"type":"text","text":"b.txt"}]}]})")
        << false << QString()
        << QByteArray(R"({"input":[
              {"type":"message","role":"user","content":[{"type":"input_text","text":"ls"}]},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Listing."}]},
              {"type":"function_call","call_id":"call_a","name":"Bash","arguments":"{\"command\":\"ls\"}"},
              {"type":"function_call_output","call_id":"call_a","output":"a.txt\nb.txt"}]})");

    QTest::newRow("arguments: object serialised, empty -> {}")
        << QByteArray(R"({"model":"m","messages":[
              {"role":"user","content":"go"},
              {"role":"assistant","tool_calls":[
                  {"id":"call_o","type":"function","function":{"name":"f","arguments":{"x":1}}},
                  {"id":"call_e","type":"function","function":{"name":"g","arguments":""}}]},
              {"role":"tool","tool_call_id":"call_o","content":"ok"},
              {"role":"tool","tool_call_id":"call_e","content":"ok"}]})")
        << false << QString()
        << QByteArray(R"({"input":[
              {"type":"message","role":"user","content":[{"type":"input_text","text":"go"}]},
              {"type":"function_call","call_id":"call_o","name":"f","arguments":"{\"x\":1}"},
              {"type":"function_call","call_id":"call_e","name":"g","arguments":"{}"},
              {"type":"function_call_output","call_id":"call_o","output":"ok"},
              {"type":"function_call_output","call_id":"call_e","output":"ok"}]})");

    // The shared FunctionCallPairing puts a synthesised output right after the run of calls.
    QTest::newRow("unanswered tool call gets an output after its run of calls")
        << QByteArray(R"({"model":"m","messages":[
              {"role":"user","content":"go"},
              {"role":"assistant","tool_calls":[
                  {"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}},
                  {"id":"call_2","type":"function","function":{"name":"f","arguments":"{}"}}]},
              {"role":"tool","tool_call_id":"call_1","content":"done"},
              {"role":"user","content":"stop that"}]})")
        << false << QString()
        << QByteArray(R"({"input":[
              {"type":"message","role":"user","content":[{"type":"input_text","text":"go"}]},
              {"type":"function_call","call_id":"call_1","name":"f","arguments":"{}"},
              {"type":"function_call","call_id":"call_2","name":"f","arguments":"{}"},
              {"type":"function_call_output","call_id":"call_2","output":"tool call was interrupted"},
              {"type":"function_call_output","call_id":"call_1","output":"done"},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"stop that"}]}]})");

    QTest::newRow("unanswered tool call at the end")
        << QByteArray(R"({"model":"m","messages":[
              {"role":"user","content":"go"},
              {"role":"assistant","tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]}]})")
        << false << QString()
        << QByteArray(R"({"input":[
              {"type":"message","role":"user","content":[{"type":"input_text","text":"go"}]},
              {"type":"function_call","call_id":"call_1","name":"f","arguments":"{}"},
              {"type":"function_call_output","call_id":"call_1","output":"tool call was interrupted"}]})");

    QTest::newRow("tool output without a call and a repeated output become user text")
        << QByteArray(R"({"model":"m","messages":[
              {"role":"user","content":"go"},
              {"role":"tool","tool_call_id":"call_ghost","content":"lost"},
              {"role":"assistant","tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]},
              {"role":"tool","tool_call_id":"call_1","content":"first"},
              {"role":"tool","tool_call_id":"call_1","content":"again"}]})")
        << false << QString()
        << QByteArray(R"({"input":[
              {"type":"message","role":"user","content":[{"type":"input_text","text":"go"}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"Result of tool call call_ghost:\nlost"}]},
              {"type":"function_call","call_id":"call_1","name":"f","arguments":"{}"},
              {"type":"function_call_output","call_id":"call_1","output":"first"},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"Result of tool call call_1:\nagain"}]}]})");

    QTest::newRow("tool schema cleanup")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[
              {"type":"function","function":{"name":"no_params"}},
              {"type":"function","function":{"name":"bare","parameters":{"$schema":"http://json-schema.org/draft-07/schema#",
                                                                        "required":[]}}}]})")
        << false << QString()
        << QByteArray(R"({"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}],
              "tools":[{"type":"function","name":"no_params","strict":false,"parameters":{"type":"object","properties":{}}},
                       {"type":"function","name":"bare","strict":false,
                        "parameters":{"type":"object","properties":{},"required":[]}}],
              "parallel_tool_calls":true})");

    const QByteArray oneTool = R"("tools":[{"type":"function","function":{"name":"f"}}],)";
    const QByteArray oneToolOut = R"("tools":[{"type":"function","name":"f","strict":false,"parameters":{"type":"object","properties":{}}}],)";
    const QByteArray hiIn = R"("messages":[{"role":"user","content":"hi"}])";
    const QByteArray hiOut = R"("input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}])";
    const auto req = [&](const QByteArray &extra) { return "{\"model\":\"m\"," + extra + hiIn + '}'; };
    const auto out = [&](const QByteArray &extra) { return '{' + extra + hiOut + '}'; };

    QTest::newRow("tool_choice required") << req(oneTool + R"("tool_choice":"required",)") << false << QString()
                                          << out(oneToolOut + R"("tool_choice":"required","parallel_tool_calls":true,)");
    QTest::newRow("tool_choice none") << req(oneTool + R"("tool_choice":"none",)") << false << QString()
                                      << out(oneToolOut + R"("tool_choice":"none","parallel_tool_calls":true,)");
    QTest::newRow("tool_choice auto") << req(oneTool + R"("tool_choice":"auto",)") << false << QString()
                                      << out(oneToolOut + R"("tool_choice":"auto","parallel_tool_calls":true,)");
    QTest::newRow("tool_choice function")
        << req(oneTool + R"("tool_choice":{"type":"function","function":{"name":"f"}},)") << false << QString()
        << out(oneToolOut + R"("tool_choice":{"type":"function","name":"f"},"parallel_tool_calls":true,)");
    QTest::newRow("tool_choice without tools omitted") << req(R"("tool_choice":"none",)") << false << QString()
                                                       << out("");
    QTest::newRow("parallel_tool_calls false passed through")
        << req(oneTool + R"("parallel_tool_calls":false,)") << false << QString()
        << out(oneToolOut + R"("parallel_tool_calls":false,)");
    QTest::newRow("parallel_tool_calls without tools omitted")
        << req(R"("parallel_tool_calls":false,)") << false << QString() << out("");

    QTest::newRow("legacy functions, function_call and function messages")
        << QByteArray(R"({"model":"m","functions":[{"name":"f","parameters":{"type":"object","properties":{}}}],
              "function_call":{"name":"f"},
              "messages":[{"role":"user","content":"go"},
                          {"role":"assistant","content":null,"function_call":{"name":"f","arguments":"{\"a\":1}"}},
                          {"role":"function","name":"f","content":"result"}]})")
        << false << QString()
        << QByteArray(R"({"tools":[{"type":"function","name":"f","strict":false,"parameters":{"type":"object","properties":{}}}],
              "tool_choice":{"type":"function","name":"f"},"parallel_tool_calls":true,
              "input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"go"}]},
                       {"type":"function_call","call_id":"call_legacy_1","name":"f","arguments":"{\"a\":1}"},
                       {"type":"function_call_output","call_id":"call_legacy_1","output":"result"}]})");

    QTest::newRow("effort default") << req("") << false << QString() << out("");
    QTest::newRow("effort high") << req(R"("reasoning_effort":"high",)") << false << QString()
                                 << out(R"("reasoning":{"effort":"high","summary":"auto"},)");
    QTest::newRow("effort xhigh clamped down") << req(R"("reasoning_effort":"xhigh",)") << false << QString()
                                               << out(R"("reasoning":{"effort":"high","summary":"auto"},)");
    QTest::newRow("effort minimal clamped up") << req(R"("reasoning_effort":"minimal",)") << false << QString()
                                               << out(R"("reasoning":{"effort":"low","summary":"auto"},)");
    QTest::newRow("effort none clamped up") << req(R"("reasoning_effort":"none",)") << false << QString()
                                            << out(R"("reasoning":{"effort":"low","summary":"auto"},)");
    QTest::newRow("effort from reasoning object") << req(R"("reasoning":{"effort":"low"},)") << false << QString()
                                                  << out(R"("reasoning":{"effort":"low","summary":"auto"},)");

    QTest::newRow("unsupported sampling and limit fields not sent")
        << req(R"("max_tokens":100,"max_completion_tokens":200,"temperature":0.2,"top_p":0.9,"stop":["\n"],
                  "user":"u1","metadata":{"a":"b"},"seed":7,"frequency_penalty":1,"presence_penalty":1,
                  "logprobs":true,"top_logprobs":2,"logit_bias":{"1":2},"store":true,"stream":true,
                  "stream_options":{"include_usage":true},"n":1,"service_tier":"auto","prediction":{"type":"content"},)")
        << false << QString() << out("");

    QTest::newRow("prompt cache key from the context") << req("") << false << QStringLiteral("sess-42")
                                                       << out(R"("prompt_cache_key":"sess-42",)");

    QTest::newRow("response_format json_schema and verbosity -> text")
        << req(R"("response_format":{"type":"json_schema","json_schema":{"name":"answer","strict":true,
                  "schema":{"type":"object","properties":{"x":{"type":"number"}}}}},"verbosity":"low",)")
        << false << QString()
        << out(R"("text":{"format":{"type":"json_schema","name":"answer","strict":true,
                  "schema":{"type":"object","properties":{"x":{"type":"number"}}}},"verbosity":"low"},)");
    QTest::newRow("response_format json_object") << req(R"("response_format":{"type":"json_object"},)") << false
                                                 << QString() << out(R"("text":{"format":{"type":"json_object"}},)");
    QTest::newRow("response_format text adds nothing") << req(R"("response_format":{"type":"text"},)") << false
                                                       << QString() << out("");

    QTest::newRow("web_search_options -> web_search tool")
        << req(R"("web_search_options":{},)") << false << QString()
        << out(R"("tools":[{"type":"web_search"}],"parallel_tool_calls":true,)");
}

void tst_ChatRequestTranslator::translate()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, systemAsInstructions);
    QFETCH(QString, cacheKey);
    QFETCH(QByteArray, expected);

    const TranslatedRequest result = ChatRequestTranslator::translate(parse(request),
                                                                      context(systemAsInstructions, cacheKey));
    QVERIFY2(!result.error, result.error ? qPrintable(result.error->message) : "");
    QCOMPARE(compact(result.body), expectedBody(expected));
    const QString violation = hardRuleViolation(result.body);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void tst_ChatRequestTranslator::rejects_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("messagePart"); // the error must name the offending field

    const QByteArray hi = R"("messages":[{"role":"user","content":"hi"}])";
    QTest::newRow("model missing") << QByteArray("{" + hi + "}") << QStringLiteral("\"model\"");
    QTest::newRow("model not a string") << QByteArray(R"({"model":5,)" + hi + "}") << QStringLiteral("\"model\"");
    QTest::newRow("model empty") << QByteArray(R"({"model":"",)" + hi + "}") << QStringLiteral("\"model\"");
    QTest::newRow("messages missing") << QByteArray(R"({"model":"m"})") << QStringLiteral("\"messages\"");
    QTest::newRow("messages not an array") << QByteArray(R"({"model":"m","messages":"hi"})")
                                           << QStringLiteral("\"messages\"");
    QTest::newRow("messages empty") << QByteArray(R"({"model":"m","messages":[]})") << QStringLiteral("\"messages\"");
    QTest::newRow("message not an object") << QByteArray(R"({"model":"m","messages":["hi"]})")
                                           << QStringLiteral("messages[0]");
    QTest::newRow("role missing") << QByteArray(R"({"model":"m","messages":[{"content":"hi"}]})")
                                  << QStringLiteral("messages[0].role");
    QTest::newRow("unknown role") << QByteArray(R"({"model":"m","messages":[{"role":"robot","content":"hi"}]})")
                                  << QStringLiteral("\"robot\"");
    QTest::newRow("user content a number")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":3}]})")
        << QStringLiteral("messages[0].content");
    QTest::newRow("system content a number")
        << QByteArray(R"({"model":"m","messages":[{"role":"system","content":3},{"role":"user","content":"hi"}]})")
        << QStringLiteral("messages[0].content");
    QTest::newRow("unknown part type")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[{"type":"video","url":"x"}]}]})")
        << QStringLiteral("messages[0].content[0]");
    QTest::newRow("audio part")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[{"type":"input_audio","input_audio":{}}]}]})")
        << QStringLiteral("audio");
    QTest::newRow("image with a file URL")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"file:///etc/passwd"}}]}]})")
        << QStringLiteral("image_url");
    QTest::newRow("file by id")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[{"type":"file","file":{"file_id":"file-1"}}]}]})")
        << QStringLiteral("file_id");
    QTest::newRow("tool message without tool_call_id")
        << QByteArray(R"({"model":"m","messages":[{"role":"tool","content":"x"}]})")
        << QStringLiteral("tool_call_id");
    QTest::newRow("tool call without name")
        << QByteArray(R"({"model":"m","messages":[{"role":"assistant","tool_calls":[{"id":"c","function":{}}]}]})")
        << QStringLiteral("tool_calls[0].function.name");
    QTest::newRow("tool call arguments a number")
        << QByteArray(R"({"model":"m","messages":[{"role":"assistant","tool_calls":[{"id":"c","function":{"name":"f","arguments":1}}]}]})")
        << QStringLiteral("arguments");
    QTest::newRow("tools not an array") << QByteArray(R"({"model":"m","tools":{},)" + hi + "}")
                                        << QStringLiteral("\"tools\"");
    QTest::newRow("non-function tool")
        << QByteArray(R"({"model":"m","tools":[{"type":"custom","custom":{"name":"x"}}],)" + hi + "}")
        << QStringLiteral("tools[0].type");
    QTest::newRow("tool without name")
        << QByteArray(R"({"model":"m","tools":[{"type":"function","function":{"description":"d"}}],)" + hi + "}")
        << QStringLiteral("tools[0].function.name");
    QTest::newRow("tool parameters not an object")
        << QByteArray(R"({"model":"m","tools":[{"type":"function","function":{"name":"f","parameters":"x"}}],)" + hi + "}")
        << QStringLiteral("parameters");
    QTest::newRow("tool_choice unknown string") << QByteArray(R"({"model":"m","tool_choice":"always",)" + hi + "}")
                                                << QStringLiteral("\"tool_choice\"");
    QTest::newRow("tool_choice a number") << QByteArray(R"({"model":"m","tool_choice":1,)" + hi + "}")
                                          << QStringLiteral("\"tool_choice\"");
    QTest::newRow("reasoning_effort unknown") << QByteArray(R"({"model":"m","reasoning_effort":"turbo",)" + hi + "}")
                                              << QStringLiteral("\"reasoning_effort\"");
    QTest::newRow("reasoning_effort a number") << QByteArray(R"({"model":"m","reasoning_effort":3,)" + hi + "}")
                                               << QStringLiteral("\"reasoning_effort\"");
    QTest::newRow("n above 1") << QByteArray(R"({"model":"m","n":2,)" + hi + "}") << QStringLiteral("\"n\"");
    QTest::newRow("stream not a boolean") << QByteArray(R"({"model":"m","stream":"yes",)" + hi + "}")
                                          << QStringLiteral("\"stream\"");
    QTest::newRow("response_format unknown type")
        << QByteArray(R"({"model":"m","response_format":{"type":"xml"},)" + hi + "}")
        << QStringLiteral("response_format");
}

void tst_ChatRequestTranslator::rejects()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, messagePart);

    const TranslatedRequest result = ChatRequestTranslator::translate(parse(request), context());
    QVERIFY(result.error.has_value());
    QCOMPARE(result.error->status, 400);
    QVERIFY2(result.error->message.contains(messagePart), qPrintable(result.error->message));
    QVERIFY(result.body.isEmpty());
}

// Names too long or with characters the backend rejects are shortened by the request's own
// ToolNameMapper, consistently in tools, tool_choice and history, and can be restored.
void tst_ChatRequestTranslator::toolNamesGoThroughMapper()
{
    const QString longName = QStringLiteral("mcp__a_rather_long_server_name_for_testing__and_then_a_very_long_tool_name_too");
    const QString dottedName = QStringLiteral("files.read");
    QVERIFY(longName.size() > 64);

    QJsonObject request = parse(R"({"model":"m","messages":[{"role":"user","content":"go"}]})");
    request.insert(QStringLiteral("tools"),
                   QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                          {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), longName}}}},
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                          {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), dottedName}}}}});
    request.insert(QStringLiteral("tool_choice"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                               {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), longName}}}});
    QJsonArray messages = request.value(QLatin1String("messages")).toArray();
    messages.append(QJsonObject{
        {QStringLiteral("role"), QStringLiteral("assistant")},
        {QStringLiteral("tool_calls"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("call_9")},
                                {QStringLiteral("type"), QStringLiteral("function")},
                                {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), dottedName},
                                                                         {QStringLiteral("arguments"), QStringLiteral("{}")}}}}}}});
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                                {QStringLiteral("tool_call_id"), QStringLiteral("call_9")},
                                {QStringLiteral("content"), QStringLiteral("ok")}});
    request.insert(QStringLiteral("messages"), messages);

    const TranslatedRequest result = ChatRequestTranslator::translate(request, context());
    QVERIFY(!result.error);
    const QString violation = hardRuleViolation(result.body);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));

    const QJsonArray tools = result.body.value(QLatin1String("tools")).toArray();
    QCOMPARE(tools.size(), 2);
    const QString upstreamLong = tools.at(0).toObject().value(QLatin1String("name")).toString();
    const QString upstreamDotted = tools.at(1).toObject().value(QLatin1String("name")).toString();
    QVERIFY(upstreamLong != longName);
    QVERIFY(upstreamDotted != dottedName);
    QCOMPARE(result.toolNames.toClient(upstreamLong), longName);
    QCOMPARE(result.toolNames.toClient(upstreamDotted), dottedName);
    QCOMPARE(result.body.value(QLatin1String("tool_choice")).toObject().value(QLatin1String("name")).toString(),
             upstreamLong);

    const QJsonArray input = result.body.value(QLatin1String("input")).toArray();
    QCOMPARE(input.size(), 3);
    QCOMPARE(input.at(1).toObject().value(QLatin1String("name")).toString(), upstreamDotted);
}

void tst_ChatRequestTranslator::idsAreSanitizedAndStayPaired()
{
    const QString oddId = QStringLiteral("toolu:01/abc.def");
    const QString longId = QStringLiteral("call_") + QString(90, QLatin1Char('x'));
    QJsonObject request = parse(R"({"model":"m","messages":[{"role":"user","content":"go"}]})");
    QJsonArray messages = request.value(QLatin1String("messages")).toArray();
    QJsonArray calls;
    for (const QString &id : {oddId, longId}) {
        calls.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("type"), QStringLiteral("function")},
                                 {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), QStringLiteral("f")},
                                                                          {QStringLiteral("arguments"), QStringLiteral("{}")}}}});
    }
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("tool_calls"), calls}});
    for (const QString &id : {oddId, longId}) {
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                                    {QStringLiteral("tool_call_id"), id},
                                    {QStringLiteral("content"), QStringLiteral("ok")}});
    }
    request.insert(QStringLiteral("messages"), messages);

    const TranslatedRequest result = ChatRequestTranslator::translate(request, context());
    QVERIFY(!result.error);
    const QString violation = hardRuleViolation(result.body); // also checks <= 64 and the character set
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    const QJsonArray input = result.body.value(QLatin1String("input")).toArray();
    QCOMPARE(input.size(), 5);
    QCOMPARE(input.at(1).toObject().value(QLatin1String("call_id")).toString(), ResponsesIds::sanitize(oddId));
    QCOMPARE(input.at(2).toObject().value(QLatin1String("call_id")).toString(), ResponsesIds::sanitize(longId));
    // the outputs were really matched to their calls, not synthesised
    QCOMPARE(input.at(3).toObject().value(QLatin1String("output")).toString(), QStringLiteral("ok"));
    QCOMPARE(input.at(4).toObject().value(QLatin1String("output")).toString(), QStringLiteral("ok"));
}

// Every field replaced by values of every JSON type: the translator either rejects with a 400 or
// produces a body that keeps the hard rules. It never crashes.
void tst_ChatRequestTranslator::garbageNeverCrashes()
{
    const QJsonObject base = parse(R"({"model":"m","reasoning_effort":"low","tool_choice":"auto","n":1,
        "tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"}}}],
        "response_format":{"type":"json_object"},
        "messages":[{"role":"system","content":"s"},
                    {"role":"user","content":[{"type":"text","text":"t"},{"type":"image_url","image_url":{"url":"https://x/y.png"}}]},
                    {"role":"assistant","content":"a","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]},
                    {"role":"tool","tool_call_id":"c1","content":"o"}]})");
    const QList<QJsonValue> garbage{QJsonValue(QJsonValue::Null), QJsonValue(true), QJsonValue(-1), QJsonValue(1e300),
                                    QJsonValue(QString()), QJsonValue(QStringLiteral("x")), QJsonValue(QJsonArray()),
                                    QJsonValue(QJsonArray{1, QStringLiteral("a")}), QJsonValue(QJsonObject())};

    int rejected = 0;
    int accepted = 0;
    auto check = [&](const QJsonObject &request) {
        const TranslatedRequest result = ChatRequestTranslator::translate(request, context());
        if (result.error) {
            ++rejected;
            QCOMPARE(result.error->status, 400);
            QVERIFY(!result.error->message.isEmpty());
        } else {
            ++accepted;
            const QString violation = hardRuleViolation(result.body);
            QVERIFY2(violation.isEmpty(), qPrintable(violation + QLatin1String(" in ") + QString::fromUtf8(compact(request))));
        }
    };

    for (auto it = base.begin(); it != base.end(); ++it) {
        for (const QJsonValue &value : garbage) {
            QJsonObject request = base;
            request.insert(it.key(), value);
            check(request);
        }
    }
    // and inside each message
    const QJsonArray messages = base.value(QLatin1String("messages")).toArray();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        for (auto it = message.begin(); it != message.end(); ++it) {
            for (const QJsonValue &value : garbage) {
                QJsonObject mutated = message;
                mutated.insert(it.key(), value);
                QJsonArray mutatedMessages = messages;
                mutatedMessages.replace(i, mutated);
                QJsonObject request = base;
                request.insert(QStringLiteral("messages"), mutatedMessages);
                check(request);
            }
        }
    }
    QVERIFY(rejected > 0);
    QVERIFY(accepted > 0);
}

// The counters the server logs (never content).
void tst_ChatRequestTranslator::reportsCounts()
{
    const TranslatedRequest result = ChatRequestTranslator::translate(parse(R"({"model":"m","reasoning_effort":"xhigh",
        "tools":[{"type":"function","function":{"name":"f"}},{"type":"function","function":{"name":"g"}}],
        "messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://a/b.png"}},
                                              {"type":"image_url","image_url":{"url":"https://a/c.png"}}]},
                    {"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]},
                    {"role":"tool","tool_call_id":"nobody","content":"x"}]})"),
                                                                      context());
    QVERIFY(result.ok());
    QCOMPARE(result.toolCount, 2);
    QCOMPARE(result.imageCount, 2);
    QVERIFY(result.hasImages);
    QCOMPARE(result.synthesizedToolOutputs, 1);
    QCOMPARE(result.orphanToolResults, 1);
    QCOMPARE(result.reasoningItemCount, 0);
    QCOMPARE(result.effort, QStringLiteral("high"));
}

QTEST_GUILESS_MAIN(tst_ChatRequestTranslator)
#include "tst_chatrequesttranslator.moc"
