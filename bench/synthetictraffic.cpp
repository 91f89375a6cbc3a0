#include "synthetictraffic.h"

#include <functional>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {

// Fixed seed: the benchmark inputs are identical from run to run.
constexpr quint32 Seed = 20260101;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON string literal (with quotes) for `text`.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString randomToken(QRandomGenerator &random, int length, QLatin1String alphabet)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QChar(alphabet[random.bounded(int(alphabet.size()))]));
    return out;
}

QString hexId(QRandomGenerator &random, const char *prefix, int length)
{
    return QLatin1String(prefix) + randomToken(random, length, QLatin1String("0123456789abcdef"));
}

QString base64Blob(QRandomGenerator &random, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(random.bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString obfuscation(QRandomGenerator &random)
{
    return randomToken(random, 3 + random.bounded(12),
                       QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"));
}

// Prose the size of what Claude Code really sends (tool descriptions, system prompt, file contents).
QString filler(QRandomGenerator &random, int chars)
{
    static const char *const sentences[] = {
        "Use this tool to read files from the local filesystem. ",
        "The file_path parameter must be an absolute path, not a relative path. ",
        "You can optionally specify a line offset and limit, which is especially handy for long files. ",
        "Always prefer editing existing files in the codebase; never write new files unless explicitly required. ",
        "IMPORTANT: avoid using search commands like `find` and `grep`; use Grep, Glob, or Task to search. ",
        "When multiple independent pieces of information are requested, batch your tool calls together. ",
        "The output is truncated after 30000 characters and line numbers start at 1 (cat -n format). ",
        "Résumé of the café's naïve coöperation: 日本語のテキスト and emoji 🚀 appear in real sessions too. ",
        "If the command fails, report the \"exit code\" and the last lines of stderr\\stdout verbatim. ",
    };
    QString out;
    out.reserve(chars + 128);
    while (out.size() < chars)
        out += QLatin1String(sentences[random.bounded(int(std::size(sentences)))]);
    out.truncate(chars);
    return out;
}

QString codeFile(QRandomGenerator &random, int chars)
{
    QString out;
    out.reserve(chars + 256);
    int line = 0;
    while (out.size() < chars) {
        ++line;
        switch (random.bounded(6)) {
        case 0:
            out += QStringLiteral("// Keeps the \"%1\" state consistent across reconnects.\n").arg(line);
            break;
        case 1:
            out += QStringLiteral("    const QString value%1 = object.value(QLatin1String(\"key_%1\")).toString();\n").arg(line);
            break;
        case 2:
            out += QStringLiteral("    if (value%1.isEmpty() && index < %2) {\n        return std::nullopt;\n    }\n")
                       .arg(line)
                       .arg(random.bounded(1000));
            break;
        case 3:
            out += QStringLiteral("    m_buffer.append(\"\\t%1\\n\");\n").arg(line);
            break;
        case 4:
            out += QStringLiteral("}\n\nbool Parser::step%1(const QByteArray &chunk)\n{\n").arg(line);
            break;
        default:
            out += QStringLiteral("    qCDebug(lcProxy) << \"step\" << %1 << chunk.size();\n").arg(line);
            break;
        }
    }
    return out;
}

// Output tokens of a long answer: mostly short words, some code, some non-ASCII text.
const char *const answerTokens[] = {
    " the", " function", " returns", " a", " value", ",", ".", " and", " of", " to", " is", " parser", " stream",
    " event", "(", ")", " `", "std", "::", "vector", "<", ">", "\n", "    ", " café", " naïve", " 日本", "語", " 🚀",
    " \"quoted\"", " \\path", " when", " each", " chunk", " arrives", " we", " translate", " it", ":", "\n\n",
    " -", " **", "Note", "**", " 1", "2", "3", " ms", " per", " request",
};

class ResponseBuilder
{
public:
    explicit ResponseBuilder(QRandomGenerator &random)
        : m_random(random)
    {
        m_response = QJsonObject{
            {QStringLiteral("id"), hexId(random, "resp_", 48)},
            {QStringLiteral("object"), QStringLiteral("response")},
            {QStringLiteral("created_at"), 1777524531},
            {QStringLiteral("status"), QStringLiteral("in_progress")},
            {QStringLiteral("background"), false},
            {QStringLiteral("error"), QJsonValue::Null},
            {QStringLiteral("incomplete_details"), QJsonValue::Null},
            {QStringLiteral("instructions"), QStringLiteral("You are Codex, based on GPT-5.")},
            {QStringLiteral("model"), QStringLiteral("gpt-5.4")},
            {QStringLiteral("output"), QJsonArray()},
            {QStringLiteral("parallel_tool_calls"), true},
            {QStringLiteral("previous_response_id"), QJsonValue::Null},
            {QStringLiteral("prompt_cache_key"), QStringLiteral("6f1c7a52-7d1e-4f7e-9a55-3d3f0f4c8b21")},
            {QStringLiteral("reasoning"),
             QJsonObject{{QStringLiteral("effort"), QStringLiteral("medium")}, {QStringLiteral("summary"), QJsonValue::Null}}},
            {QStringLiteral("service_tier"), QStringLiteral("auto")},
            {QStringLiteral("store"), false},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}}},
                                                 {QStringLiteral("verbosity"), QStringLiteral("medium")}}},
            {QStringLiteral("tool_choice"), QStringLiteral("auto")},
            {QStringLiteral("tools"), QJsonArray()},
            {QStringLiteral("usage"), QJsonValue::Null},
        };
    }

    void push(const char *type, QJsonObject fields)
    {
        fields.insert(QStringLiteral("type"), QLatin1String(type));
        fields.insert(QStringLiteral("sequence_number"), m_sequence++);
        m_events.append(compact(fields));
    }
    // Delta events are the bulk of a stream: written by hand in the backend's field order.
    void pushDelta(const char *type, const QString &itemId, int outputIndex, bool contentIndex, const QString &delta)
    {
        QByteArray line;
        line.reserve(160 + delta.size() * 2);
        line += "{\"type\":\"";
        line += type;
        line += "\",\"sequence_number\":" + QByteArray::number(m_sequence++);
        line += ",\"item_id\":\"" + itemId.toLatin1() + "\",\"output_index\":" + QByteArray::number(outputIndex);
        if (contentIndex)
            line += ",\"content_index\":0";
        line += ",\"delta\":" + jsonString(delta);
        if (contentIndex)
            line += ",\"logprobs\":[]";
        line += ",\"obfuscation\":\"" + obfuscation(m_random).toLatin1() + "\"}";
        m_events.append(line);
    }

    void start()
    {
        push("response.created", {{QStringLiteral("response"), m_response}});
        push("response.in_progress", {{QStringLiteral("response"), m_response}});
    }

    void complete(const QJsonArray &output, qint64 outputTokens)
    {
        QJsonObject response = m_response;
        response.insert(QStringLiteral("status"), QStringLiteral("completed"));
        response.insert(QStringLiteral("output"), output);
        response.insert(QStringLiteral("usage"),
                        QJsonObject{{QStringLiteral("input_tokens"), 48213},
                                    {QStringLiteral("input_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), 47104}}},
                                    {QStringLiteral("output_tokens"), outputTokens},
                                    {QStringLiteral("output_tokens_details"), QJsonObject{{QStringLiteral("reasoning_tokens"), 512}}},
                                    {QStringLiteral("total_tokens"), 48213 + outputTokens}});
        push("response.completed", {{QStringLiteral("response"), response}});
    }

    SyntheticTraffic::EventLines take() { return std::move(m_events); }

private:
    QRandomGenerator &m_random;
    QJsonObject m_response;
    SyntheticTraffic::EventLines m_events;
    int m_sequence = 0;
};

QJsonObject namedSchema(std::initializer_list<std::pair<const char *, const char *>> properties,
                        std::initializer_list<const char *> required)
{
    QJsonObject props;
    for (const auto &[name, type] : properties) {
        props.insert(QLatin1String(name), QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                                                      {QStringLiteral("description"),
                                                       QStringLiteral("The %1 to use for this operation").arg(QLatin1String(name))}});
    }
    QJsonArray req;
    for (const char *name : required)
        req.append(QLatin1String(name));
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), props},
                       {QStringLiteral("required"), req},
                       {QStringLiteral("additionalProperties"), false},
                       {QStringLiteral("$schema"), QStringLiteral("http://json-schema.org/draft-07/schema#")}};
}

QJsonArray claudeCodeTools(QRandomGenerator &random)
{
    struct Tool
    {
        const char *name;
        int descriptionChars;
        QJsonObject schema;
    };
    const QList<Tool> tools = {
        {"Task", 4200, namedSchema({{"description", "string"}, {"prompt", "string"}, {"subagent_type", "string"}}, {"description", "prompt", "subagent_type"})},
        {"Bash", 8900, namedSchema({{"command", "string"}, {"timeout", "number"}, {"description", "string"}, {"run_in_background", "boolean"}}, {"command"})},
        {"Glob", 900, namedSchema({{"pattern", "string"}, {"path", "string"}}, {"pattern"})},
        {"Grep", 1800, namedSchema({{"pattern", "string"}, {"path", "string"}, {"glob", "string"}, {"output_mode", "string"}, {"-B", "number"}, {"-A", "number"}, {"-C", "number"}, {"-n", "boolean"}, {"-i", "boolean"}, {"type", "string"}, {"head_limit", "number"}, {"multiline", "boolean"}}, {"pattern"})},
        {"ExitPlanMode", 1100, namedSchema({{"plan", "string"}}, {"plan"})},
        {"Read", 1900, namedSchema({{"file_path", "string"}, {"offset", "number"}, {"limit", "number"}}, {"file_path"})},
        {"Edit", 1300, namedSchema({{"file_path", "string"}, {"old_string", "string"}, {"new_string", "string"}, {"replace_all", "boolean"}}, {"file_path", "old_string", "new_string"})},
        {"MultiEdit", 2600, namedSchema({{"file_path", "string"}, {"edits", "array"}}, {"file_path", "edits"})},
        {"Write", 800, namedSchema({{"file_path", "string"}, {"content", "string"}}, {"file_path", "content"})},
        {"NotebookEdit", 700, namedSchema({{"notebook_path", "string"}, {"cell_id", "string"}, {"new_source", "string"}, {"cell_type", "string"}, {"edit_mode", "string"}}, {"notebook_path", "new_source"})},
        {"WebFetch", 1400, namedSchema({{"url", "string"}, {"prompt", "string"}}, {"url", "prompt"})},
        {"TodoWrite", 9100, namedSchema({{"todos", "array"}}, {"todos"})},
        {"WebSearch", 900, namedSchema({{"query", "string"}, {"allowed_domains", "array"}, {"blocked_domains", "array"}}, {"query"})},
        {"BashOutput", 500, namedSchema({{"bash_id", "string"}, {"filter", "string"}}, {"bash_id"})},
        {"KillShell", 300, namedSchema({{"shell_id", "string"}}, {"shell_id"})},
        {"SlashCommand", 1200, namedSchema({{"command", "string"}}, {"command"})},
        {"mcp__ide__getDiagnostics", 400, namedSchema({{"uri", "string"}}, {})},
        {"mcp__ide__executeCode", 900, namedSchema({{"code", "string"}}, {"code"})},
        {"mcp__github-enterprise-server__create_or_update_pull_request_review_comment_thread", 600,
         namedSchema({{"owner", "string"}, {"repo", "string"}, {"pull_number", "number"}, {"body", "string"}, {"path", "string"}, {"line", "number"}}, {"owner", "repo", "pull_number", "body"})},
        {"mcp__playwright__browser_take_screenshot", 700, namedSchema({{"filename", "string"}, {"fullPage", "boolean"}, {"element", "string"}}, {})},
    };
    QJsonArray out;
    for (const Tool &tool : tools) {
        out.append(QJsonObject{{QStringLiteral("name"), QLatin1String(tool.name)},
                               {QStringLiteral("description"), filler(random, tool.descriptionChars)},
                               {QStringLiteral("input_schema"), tool.schema}});
    }
    return out;
}

QJsonObject textBlock(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

} // namespace

SyntheticTraffic::EventLines SyntheticTraffic::longTextResponse(int deltas)
{
    QRandomGenerator random(Seed);
    ResponseBuilder stream(random);
    stream.start();

    const QString reasoningId = hexId(random, "rs_", 48);
    const QString encrypted = QStringLiteral("gAAAAAB") + base64Blob(random, 1200);
    const QJsonObject reasoningDone{{QStringLiteral("id"), reasoningId},
                                    {QStringLiteral("type"), QStringLiteral("reasoning")},
                                    {QStringLiteral("encrypted_content"), encrypted},
                                    {QStringLiteral("summary"), QJsonArray()}};
    stream.push("response.output_item.added",
                {{QStringLiteral("output_index"), 0},
                 {QStringLiteral("item"), QJsonObject{{QStringLiteral("id"), reasoningId},
                                                      {QStringLiteral("type"), QStringLiteral("reasoning")},
                                                      {QStringLiteral("encrypted_content"), QStringLiteral("gAAAAAB") + base64Blob(random, 300)},
                                                      {QStringLiteral("summary"), QJsonArray()}}}});
    stream.push("response.output_item.done", {{QStringLiteral("output_index"), 0}, {QStringLiteral("item"), reasoningDone}});

    const QString messageId = hexId(random, "msg_", 48);
    stream.push("response.output_item.added",
                {{QStringLiteral("output_index"), 1},
                 {QStringLiteral("item"), QJsonObject{{QStringLiteral("id"), messageId},
                                                      {QStringLiteral("type"), QStringLiteral("message")},
                                                      {QStringLiteral("status"), QStringLiteral("in_progress")},
                                                      {QStringLiteral("content"), QJsonArray()},
                                                      {QStringLiteral("role"), QStringLiteral("assistant")}}}});
    const auto part = [](const QString &text) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("output_text")},
                           {QStringLiteral("annotations"), QJsonArray()},
                           {QStringLiteral("logprobs"), QJsonArray()},
                           {QStringLiteral("text"), text}};
    };
    const QJsonObject where{{QStringLiteral("item_id"), messageId},
                            {QStringLiteral("output_index"), 1},
                            {QStringLiteral("content_index"), 0}};
    QJsonObject partAdded = where;
    partAdded.insert(QStringLiteral("part"), part(QString()));
    stream.push("response.content_part.added", partAdded);

    QString text;
    for (int i = 0; i < deltas; ++i) {
        const QString delta = QString::fromUtf8(answerTokens[random.bounded(int(std::size(answerTokens)))]);
        text += delta;
        stream.pushDelta("response.output_text.delta", messageId, 1, true, delta);
    }

    QJsonObject textDone = where;
    textDone.insert(QStringLiteral("text"), text);
    textDone.insert(QStringLiteral("logprobs"), QJsonArray());
    stream.push("response.output_text.done", textDone);
    QJsonObject partDone = where;
    partDone.insert(QStringLiteral("part"), part(text));
    stream.push("response.content_part.done", partDone);
    const QJsonObject message{{QStringLiteral("id"), messageId},
                              {QStringLiteral("type"), QStringLiteral("message")},
                              {QStringLiteral("status"), QStringLiteral("completed")},
                              {QStringLiteral("content"), QJsonArray{part(text)}},
                              {QStringLiteral("role"), QStringLiteral("assistant")}};
    stream.push("response.output_item.done", {{QStringLiteral("output_index"), 1}, {QStringLiteral("item"), message}});
    stream.complete(QJsonArray{reasoningDone, message}, deltas);
    return stream.take();
}

namespace {

// One `Write` call whose arguments arrive in `deltas` function_call_arguments.delta events. The arguments are
// made after the stream's start (same order of random draws as ever, so the bytes stay the same across versions).
SyntheticTraffic::EventLines writeCallResponse(QRandomGenerator &random, const std::function<QString()> &makeArguments,
                                               int deltas)
{
    ResponseBuilder stream(random);
    stream.start();
    const QString arguments = makeArguments();
    const QString itemId = hexId(random, "fc_", 48);
    const QString callId = QStringLiteral("call_") + randomToken(random, 24, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"));
    const auto item = [&](const QString &args, const char *status) {
        return QJsonObject{{QStringLiteral("id"), itemId},
                           {QStringLiteral("type"), QStringLiteral("function_call")},
                           {QStringLiteral("status"), QLatin1String(status)},
                           {QStringLiteral("arguments"), args},
                           {QStringLiteral("call_id"), callId},
                           {QStringLiteral("name"), QStringLiteral("Write")}};
    };
    stream.push("response.output_item.added",
                {{QStringLiteral("output_index"), 0}, {QStringLiteral("item"), item(QString(), "in_progress")}});
    const qsizetype total = arguments.size();
    for (int i = 0; i < deltas; ++i) {
        const qsizetype from = total * i / deltas;
        const qsizetype to = total * (i + 1) / deltas;
        stream.pushDelta("response.function_call_arguments.delta", itemId, 0, false, arguments.mid(from, to - from));
    }
    stream.push("response.function_call_arguments.done",
                {{QStringLiteral("item_id"), itemId}, {QStringLiteral("output_index"), 0}, {QStringLiteral("arguments"), arguments}});
    const QJsonObject done = item(arguments, "completed");
    stream.push("response.output_item.done", {{QStringLiteral("output_index"), 0}, {QStringLiteral("item"), done}});
    stream.complete(QJsonArray{done}, deltas);
    return stream.take();
}

} // namespace

SyntheticTraffic::EventLines SyntheticTraffic::toolCallResponse(int deltas)
{
    QRandomGenerator random(Seed + 1);
    // Tokens of JSON-escaped code are short: about 6 characters per delta.
    return writeCallResponse(random, [&] {
        return QString::fromUtf8(compact(QJsonObject{
            {QStringLiteral("file_path"), QStringLiteral("/home/dev/project/src/generated_module.cpp")},
            {QStringLiteral("content"), codeFile(random, deltas * 5)}}));
    }, deltas);
}

QByteArray SyntheticTraffic::imageBase64(qsizetype base64Bytes)
{
    QRandomGenerator random(Seed + 2);
    QByteArray raw(base64Bytes / 4 * 3, Qt::Uninitialized);
    // A PNG signature, then incompressible bytes (like compressed image data).
    const char signature[] = "\x89PNG\r\n\x1a\n";
    for (qsizetype i = 0; i < raw.size(); ++i)
        raw[i] = i < 8 ? signature[i] : char(random.bounded(256));
    return raw.toBase64();
}

SyntheticTraffic::EventLines SyntheticTraffic::imageEchoResponse(int deltas, qsizetype base64Bytes)
{
    QRandomGenerator random(Seed + 3);
    return writeCallResponse(random, [&] {
        return QString::fromUtf8(compact(QJsonObject{
            {QStringLiteral("file_path"), QStringLiteral("/home/dev/project/assets/screenshot.png.b64")},
            {QStringLiteral("content"), QString::fromLatin1(imageBase64(base64Bytes))}}));
    }, deltas);
}

QList<SyntheticTraffic::EventLines> SyntheticTraffic::fixtureResponses(const QString &streamsDir, QString *problem)
{
    QList<EventLines> responses;
    const QDir dir(streamsDir);
    const QStringList files = dir.entryList({QStringLiteral("*.chunks.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("cannot open ") + file.fileName();
            return {};
        }
        bool first = true;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            QByteArray line = raw.trimmed();
            if (line.isEmpty())
                continue;
            // Some recorded lines lost one to three closing braces; repair them as the fake backend does.
            for (int extra = 0; extra <= 3; ++extra) {
                if (QJsonDocument::fromJson(line).isObject())
                    break;
                line += '}';
            }
            if (!QJsonDocument::fromJson(line).isObject()) {
                *problem = QStringLiteral("unparseable line in ") + name;
                return {};
            }
            if (first || eventType(line) == "response.created")
                responses.append(EventLines());
            first = false;
            responses.last().append(line);
        }
    }
    return responses;
}

QByteArray SyntheticTraffic::eventType(const QByteArray &eventJson)
{
    return QJsonDocument::fromJson(eventJson).object().value(QLatin1String("type")).toString().toUtf8();
}

QByteArray SyntheticTraffic::toSse(const EventLines &events)
{
    QByteArray out;
    qsizetype size = 0;
    for (const QByteArray &line : events)
        size += line.size() + 64;
    out.reserve(size);
    for (const QByteArray &line : events) {
        // The type is the event's first field in generated lines; parse only when it is not.
        static const QByteArray prefix = QByteArrayLiteral("{\"type\":\"");
        QByteArray type;
        if (line.startsWith(prefix))
            type = line.mid(prefix.size(), line.indexOf('"', prefix.size()) - prefix.size());
        else
            type = eventType(line);
        out += "event: " + type + "\ndata: " + line + "\n\n";
    }
    return out;
}

QByteArray SyntheticTraffic::toFixture(const EventLines &events)
{
    QByteArray out;
    for (const QByteArray &line : events)
        out += line + '\n';
    return out;
}

QJsonObject SyntheticTraffic::claudeCodeRequest(int turns)
{
    QRandomGenerator random(Seed + 2);
    const QJsonObject ephemeral{{QStringLiteral("type"), QStringLiteral("ephemeral")}};
    QJsonObject systemHead = textBlock(QStringLiteral("You are Claude Code, Anthropic's official CLI for Claude."));
    systemHead.insert(QStringLiteral("cache_control"), ephemeral);
    QJsonObject systemBody = textBlock(filler(random, 14000));
    systemBody.insert(QStringLiteral("cache_control"), ephemeral);

    static const char *const toolsUsed[] = {"Read", "Grep", "Bash", "Edit", "Glob", "TodoWrite"};
    QJsonArray messages;
    messages.append(QJsonObject{
        {QStringLiteral("role"), QStringLiteral("user")},
        {QStringLiteral("content"),
         QJsonArray{textBlock(QStringLiteral("<system-reminder>\nAs you answer the user's questions, you can use the following context:\n")
                              + filler(random, 2500) + QStringLiteral("\n</system-reminder>")),
                    textBlock(QStringLiteral("Refactor the SSE parser so that long data lines are not copied twice, and keep the tests green."))}}});
    for (int turn = 0; turn < turns; ++turn) {
        const QString toolId = QStringLiteral("toolu_01") + randomToken(random, 22, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"));
        const QString tool = QLatin1String(toolsUsed[random.bounded(int(std::size(toolsUsed)))]);
        QJsonObject input;
        if (tool == QLatin1String("Bash"))
            input = {{QStringLiteral("command"), QStringLiteral("cmake --build build -j2 --target tst_sseparser 2>&1 | tail -40")},
                     {QStringLiteral("description"), QStringLiteral("Build the parser test")}};
        else if (tool == QLatin1String("Edit"))
            input = {{QStringLiteral("file_path"), QStringLiteral("/home/dev/project/proxy/upstream/sseparser.cpp")},
                     {QStringLiteral("old_string"), codeFile(random, 300)},
                     {QStringLiteral("new_string"), codeFile(random, 360)}};
        else
            input = {{QStringLiteral("file_path"), QStringLiteral("/home/dev/project/proxy/upstream/file%1.cpp").arg(turn)},
                     {QStringLiteral("pattern"), QStringLiteral("m_buffer\\.(append|remove)")}};
        QJsonObject thinking{{QStringLiteral("type"), QStringLiteral("thinking")},
                             {QStringLiteral("thinking"), filler(random, 200 + random.bounded(400))},
                             {QStringLiteral("signature"), QStringLiteral("gAAAAAB") + base64Blob(random, 900 + random.bounded(600))}};
        messages.append(QJsonObject{
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("content"),
             QJsonArray{thinking, textBlock(QStringLiteral("Let me look at the next part of the parser.")),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                    {QStringLiteral("id"), toolId},
                                    {QStringLiteral("name"), tool},
                                    {QStringLiteral("input"), input}}}}});
        QJsonArray userContent{QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_result")},
                                           {QStringLiteral("tool_use_id"), toolId},
                                           {QStringLiteral("content"), codeFile(random, 1500 + random.bounded(4000))}}};
        if (turn % 7 == 3)
            userContent.append(textBlock(QStringLiteral("<system-reminder>\nThe TodoWrite tool hasn't been used recently. ")
                                         + filler(random, 600) + QStringLiteral("\n</system-reminder>")));
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), userContent}});
    }
    QJsonObject last = textBlock(QStringLiteral("Now run the whole test suite and summarise what changed."));
    last.insert(QStringLiteral("cache_control"), ephemeral);
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QJsonArray{last}}});

    return QJsonObject{
        {QStringLiteral("model"), QStringLiteral("claude-sonnet-4-5-20250929")},
        {QStringLiteral("max_tokens"), 32000},
        {QStringLiteral("stream"), true},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("user_id"),
                      QStringLiteral("user_") + hexId(random, "", 64)
                          + QStringLiteral("_account_3f6c1b9e-5d2a-4c1e-8f7a-2b9d0e4c6a11_session_9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d")}}},
        {QStringLiteral("thinking"), QJsonObject{{QStringLiteral("type"), QStringLiteral("enabled")}, {QStringLiteral("budget_tokens"), 31999}}},
        {QStringLiteral("system"), QJsonArray{systemHead, systemBody}},
        {QStringLiteral("tools"), claudeCodeTools(random)},
        {QStringLiteral("messages"), messages},
    };
}
