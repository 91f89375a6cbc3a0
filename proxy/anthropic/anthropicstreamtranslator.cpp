#include "anthropicstreamtranslator.h"

#include "core/loggingcategories.h"
#include "responses/responsesids.h"

#include <QCoreApplication>
#include <QJsonDocument>

enum class AnthropicStreamTranslator::EventKind : quint8 {
    Ignored,
    TextDelta,
    ArgumentsDelta,
    SummaryDelta,
    SummaryPartAdded,
    ContentPartAdded,
    ArgumentsDone,
    ItemAdded,
    ItemDone,
    AnnotationAdded,
    Completed,
    Incomplete,
    Failed,
    Error,
};

namespace {

QString stringOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

int intOf(const QJsonObject &object, const char *key, int fallback)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? value.toInt(fallback) : fallback;
}

bool isParallelWrapper(const QString &name)
{
    // The model sometimes wraps parallel calls in OpenAI's internal multi_tool_use.parallel tool.
    return name == QLatin1String("parallel") || name == QLatin1String("multi_tool_use.parallel");
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString normalizedUrl(QString url)
{
    // Citations carry "?utm_source=openai", the search sources do not.
    static const QLatin1String tracking("utm_source=openai");
    if (url.endsWith(tracking)) {
        url.chop(tracking.size());
        if (url.endsWith(QLatin1Char('?')) || url.endsWith(QLatin1Char('&')))
            url.chop(1);
    }
    return url;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("AnthropicStreamTranslator", text);
}

} // namespace

AnthropicStreamTranslator::AnthropicStreamTranslator(Options options)
    : m_options(std::move(options))
    , m_messageId(ResponsesIds::generate(QStringLiteral("msg_")))
{
    m_items.reserve(8);
}

AnthropicStreamTranslator::~AnthropicStreamTranslator() = default;

AnthropicStreamTranslator::EventKind AnthropicStreamTranslator::classify(const QByteArray &type)
{
    // One hash lookup per event instead of a chain of string compares: this is the hot path.
    static const QHash<QByteArray, EventKind> kinds{
        {QByteArrayLiteral("response.output_text.delta"), EventKind::TextDelta},
        {QByteArrayLiteral("response.refusal.delta"), EventKind::TextDelta},
        {QByteArrayLiteral("response.function_call_arguments.delta"), EventKind::ArgumentsDelta},
        {QByteArrayLiteral("response.reasoning_summary_text.delta"), EventKind::SummaryDelta},
        {QByteArrayLiteral("response.reasoning_summary_part.added"), EventKind::SummaryPartAdded},
        {QByteArrayLiteral("response.content_part.added"), EventKind::ContentPartAdded},
        {QByteArrayLiteral("response.function_call_arguments.done"), EventKind::ArgumentsDone},
        {QByteArrayLiteral("response.output_item.added"), EventKind::ItemAdded},
        {QByteArrayLiteral("response.output_item.done"), EventKind::ItemDone},
        {QByteArrayLiteral("response.output_text.annotation.added"), EventKind::AnnotationAdded},
        {QByteArrayLiteral("response.completed"), EventKind::Completed},
        {QByteArrayLiteral("response.incomplete"), EventKind::Incomplete},
        {QByteArrayLiteral("response.failed"), EventKind::Failed},
        {QByteArrayLiteral("error"), EventKind::Error},
    };
    return kinds.value(type, EventKind::Ignored);
}

void AnthropicStreamTranslator::feed(const ResponsesEvent &event, QList<AnthropicEvent> &out)
{
    if (m_terminated)
        return;
    const EventKind kind = classify(event.type);
    const QJsonObject &data = event.data;
    switch (kind) {
    case EventKind::Ignored:
        return;
    case EventKind::AnnotationAdded:
        rememberCitationTitle(data.value(QLatin1String("annotation")).toObject());
        return;
    case EventKind::Completed:
        complete(data.value(QLatin1String("response")).toObject(), false, out);
        return;
    case EventKind::Incomplete:
        complete(data.value(QLatin1String("response")).toObject(), true, out);
        return;
    case EventKind::Failed:
        upstreamFailed(data, true, out);
        return;
    case EventKind::Error:
        upstreamFailed(data, false, out);
        return;
    case EventKind::ItemAdded: {
        if (findItem(data) >= 0)
            return; // a repeated announcement adds nothing
        const QJsonObject item = data.value(QLatin1String("item")).toObject();
        const std::optional<ItemKind> itemKind = kindOfItem(stringOf(item, "type"));
        if (!itemKind)
            return;
        route(addItem(*itemKind, data, stringOf(item, "id")), kind, event, out);
        return;
    }
    default:
        break;
    }

    int index = findItem(data);
    if (index < 0) {
        // Deltas for an item that was never announced: adopt it rather than lose its content.
        std::optional<ItemKind> itemKind;
        QString id = stringOf(data, "item_id");
        switch (kind) {
        case EventKind::TextDelta:
        case EventKind::ContentPartAdded:
            itemKind = ItemKind::Message;
            break;
        case EventKind::SummaryDelta:
        case EventKind::SummaryPartAdded:
            itemKind = ItemKind::Reasoning;
            break;
        case EventKind::ArgumentsDelta:
        case EventKind::ArgumentsDone:
            itemKind = ItemKind::FunctionCall;
            break;
        case EventKind::ItemDone: {
            const QJsonObject item = data.value(QLatin1String("item")).toObject();
            itemKind = kindOfItem(stringOf(item, "type"));
            id = stringOf(item, "id");
            break;
        }
        default:
            break;
        }
        if (!itemKind)
            return;
        index = addItem(*itemKind, data, id);
    }
    route(index, kind, event, out);
}

void AnthropicStreamTranslator::finish(QList<AnthropicEvent> &out)
{
    if (m_terminated)
        return;
    fail(UpstreamFailure::network(translate("the stream ended before the response was complete")), out);
}

void AnthropicStreamTranslator::fail(const UpstreamFailure &failure, QList<AnthropicEvent> &out)
{
    if (m_terminated)
        return;
    m_terminated = true;
    m_failed = true;
    m_failure = failure;
    if (!m_started)
        return; // nothing sent yet: the caller answers with a real HTTP status (or retries)
    out.append(AnthropicEvent::error(failure.toApiError()));
}

std::optional<AnthropicStreamTranslator::ItemKind> AnthropicStreamTranslator::kindOfItem(const QString &type)
{
    if (type == QLatin1String("message"))
        return ItemKind::Message;
    if (type == QLatin1String("function_call"))
        return ItemKind::FunctionCall;
    if (type == QLatin1String("reasoning"))
        return ItemKind::Reasoning;
    if (type == QLatin1String("web_search_call"))
        return ItemKind::WebSearch;
    return std::nullopt;
}

int AnthropicStreamTranslator::findItem(const QJsonObject &data) const
{
    const int count = int(m_items.size());
    const QJsonValue outputIndex = data.value(QLatin1String("output_index"));
    if (outputIndex.isDouble()) {
        const int wanted = outputIndex.toInt(-1);
        // The item being streamed is almost always the active one or just after it.
        for (int i = int(m_active); i < count; ++i) {
            if (m_items[i].outputIndex == wanted)
                return i;
        }
        for (int i = 0; i < int(m_active) && i < count; ++i) {
            if (m_items[i].outputIndex == wanted)
                return i;
        }
        return -1;
    }
    QString id = stringOf(data, "item_id");
    if (id.isEmpty())
        id = stringOf(data.value(QLatin1String("item")).toObject(), "id");
    if (id.isEmpty())
        return -1;
    for (int i = count - 1; i >= 0; --i) {
        if (m_items[i].id == id)
            return i;
    }
    return -1;
}

int AnthropicStreamTranslator::addItem(ItemKind kind, const QJsonObject &data, const QString &id)
{
    Item item;
    item.kind = kind;
    item.outputIndex = intOf(data, "output_index", -1);
    item.id = id;
    // Until an announcement names the function, its arguments can only be held back.
    item.buffering = kind == ItemKind::FunctionCall;
    m_items.push_back(std::move(item));
    return int(m_items.size()) - 1;
}

void AnthropicStreamTranslator::route(int index, EventKind kind, const ResponsesEvent &event,
                                      QList<AnthropicEvent> &out)
{
    const size_t position = size_t(index);
    if (position < m_active || m_items[position].done)
        return; // a late event of a finished item
    if (position > m_active) {
        // An earlier item is still streaming its block: keep this one's events for its turn.
        m_items[position].pending.append(event);
        return;
    }
    process(index, kind, event, out);
    advance(out);
}

void AnthropicStreamTranslator::advance(QList<AnthropicEvent> &out)
{
    while (m_active < m_items.size() && m_items[m_active].done) {
        ++m_active;
        if (m_active == m_items.size())
            break;
        const QList<ResponsesEvent> pending = std::exchange(m_items[m_active].pending, {});
        for (const ResponsesEvent &event : pending) {
            if (m_items[m_active].done)
                break;
            process(int(m_active), classify(event.type), event, out);
        }
    }
}

void AnthropicStreamTranslator::process(int index, EventKind kind, const ResponsesEvent &event,
                                        QList<AnthropicEvent> &out)
{
    Item &item = m_items[size_t(index)];
    if (item.done)
        return;
    const QJsonObject &data = event.data;
    switch (kind) {
    case EventKind::ItemAdded:
        itemAdded(item, data.value(QLatin1String("item")).toObject(), out);
        break;
    case EventKind::ItemDone:
        itemDone(item, data.value(QLatin1String("item")).toObject(), out);
        break;
    case EventKind::TextDelta:
        if (item.kind == ItemKind::Message)
            textDelta(item, intOf(data, "content_index", 0), stringOf(data, "delta"), out);
        break;
    case EventKind::ContentPartAdded:
        if (item.kind == ItemKind::Message) {
            const int contentIndex = intOf(data, "content_index", item.contentIndex + 1);
            if (item.openBlock == BlockKind::Text && contentIndex != item.contentIndex)
                closeBlock(item, out);
            item.contentIndex = contentIndex;
        }
        break;
    case EventKind::SummaryPartAdded:
        if (item.kind == ItemKind::Reasoning)
            summaryPart(item, intOf(data, "summary_index", item.summaryIndex + 1), out);
        break;
    case EventKind::SummaryDelta:
        if (item.kind == ItemKind::Reasoning) {
            summaryPart(item, intOf(data, "summary_index", qMax(item.summaryIndex, 0)), out);
            const QString delta = stringOf(data, "delta");
            if (!delta.isEmpty()) {
                emitDelta(item.blockIndex, DeltaKind::Thinking, delta, out);
                item.streamedThinking = true;
            }
        }
        break;
    case EventKind::ArgumentsDelta:
        if (item.kind == ItemKind::FunctionCall) {
            const QString delta = stringOf(data, "delta");
            if (delta.isEmpty())
                break;
            if (item.buffering) {
                item.bufferedArguments += delta;
            } else if (item.openBlock == BlockKind::ToolUse) {
                emitDelta(item.blockIndex, DeltaKind::InputJson, delta, out);
                item.streamedArguments = true;
            }
        }
        break;
    case EventKind::ArgumentsDone:
        if (item.kind == ItemKind::FunctionCall) {
            const QString arguments = stringOf(data, "arguments");
            if (item.name.isEmpty())
                item.name = stringOf(data, "name");
            if (item.buffering) {
                if (!arguments.isEmpty())
                    item.bufferedArguments = arguments;
            } else if (item.openBlock == BlockKind::ToolUse && !item.streamedArguments && !arguments.isEmpty()) {
                emitDelta(item.blockIndex, DeltaKind::InputJson, arguments, out);
                item.streamedArguments = true;
            }
        }
        break;
    default:
        break;
    }
}

void AnthropicStreamTranslator::itemAdded(Item &item, const QJsonObject &itemJson, QList<AnthropicEvent> &out)
{
    if (item.kind != ItemKind::FunctionCall)
        return; // thinking and text blocks open with their first content, web search results when done
    item.callId = stringOf(itemJson, "call_id");
    item.name = stringOf(itemJson, "name");
    const QString arguments = stringOf(itemJson, "arguments");
    item.buffering = item.name.isEmpty() || isParallelWrapper(item.name);
    if (item.buffering) {
        item.bufferedArguments = arguments;
        return;
    }
    openBlock(item, BlockKind::ToolUse,
              QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                          {QStringLiteral("id"), toolUseId(item)},
                          {QStringLiteral("name"), m_options.toolNames.toClient(item.name)},
                          {QStringLiteral("input"), QJsonObject()}},
              out);
    if (!arguments.isEmpty()) {
        emitDelta(item.blockIndex, DeltaKind::InputJson, arguments, out);
        item.streamedArguments = true;
    }
}

void AnthropicStreamTranslator::itemDone(Item &item, const QJsonObject &itemJson, QList<AnthropicEvent> &out)
{
    switch (item.kind) {
    case ItemKind::Reasoning:
        reasoningDone(item, itemJson, out);
        break;
    case ItemKind::Message:
        messageDone(item, itemJson, out);
        break;
    case ItemKind::FunctionCall:
        functionCallDone(item, itemJson, out);
        break;
    case ItemKind::WebSearch:
        webSearchDone(item, itemJson, out);
        break;
    }
    closeBlock(item, out);
    item.done = true;
    item.pending.clear();
}

void AnthropicStreamTranslator::reasoningDone(Item &item, const QJsonObject &itemJson, QList<AnthropicEvent> &out)
{
    // Only the encrypted content on `.done` is valid for replay; the one on `.added` is not.
    const QString signature = stringOf(itemJson, "encrypted_content");
    QString summary;
    if (!item.streamedThinking) {
        const QJsonArray parts = itemJson.value(QLatin1String("summary")).toArray();
        for (const QJsonValue &part : parts) {
            const QString text = stringOf(part.toObject(), "text");
            if (text.isEmpty())
                continue;
            if (!summary.isEmpty())
                summary += QLatin1String("\n\n");
            summary += text;
        }
    }
    if (item.openBlock == BlockKind::None) {
        if (signature.isEmpty() && summary.isEmpty())
            return; // nothing to show and nothing the next request could replay
        openBlock(item, BlockKind::Thinking,
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                              {QStringLiteral("thinking"), QString()},
                              {QStringLiteral("signature"), QString()}},
                  out);
    }
    if (!summary.isEmpty()) {
        emitDelta(item.blockIndex, DeltaKind::Thinking, summary, out);
    }
    if (!signature.isEmpty()) {
        emitDelta(item.blockIndex, DeltaKind::Signature, signature, out);
    }
}

void AnthropicStreamTranslator::messageDone(Item &item, const QJsonObject &itemJson, QList<AnthropicEvent> &out)
{
    const QJsonArray content = itemJson.value(QLatin1String("content")).toArray();
    for (const QJsonValue &partValue : content) {
        const QJsonObject part = partValue.toObject();
        const QJsonArray annotations = part.value(QLatin1String("annotations")).toArray();
        for (const QJsonValue &annotation : annotations)
            rememberCitationTitle(annotation.toObject());
    }
    if (item.streamedText)
        return;
    // Nothing streamed (some backends only send the finished item): emit its text now.
    int contentIndex = 0;
    for (const QJsonValue &partValue : content) {
        const QJsonObject part = partValue.toObject();
        const QString type = stringOf(part, "type");
        if (type == QLatin1String("output_text"))
            textDelta(item, contentIndex, stringOf(part, "text"), out);
        else if (type == QLatin1String("refusal"))
            textDelta(item, contentIndex, stringOf(part, "refusal"), out);
        ++contentIndex;
    }
}

void AnthropicStreamTranslator::functionCallDone(Item &item, const QJsonObject &itemJson,
                                                 QList<AnthropicEvent> &out)
{
    const QString callId = stringOf(itemJson, "call_id");
    if (!callId.isEmpty())
        item.callId = callId;
    const QString name = stringOf(itemJson, "name");
    if (!name.isEmpty())
        item.name = name;
    QString arguments = stringOf(itemJson, "arguments");

    if (!item.buffering) {
        if (item.openBlock == BlockKind::ToolUse && !item.streamedArguments && !arguments.isEmpty()) {
            emitDelta(item.blockIndex, DeltaKind::InputJson, arguments, out);
            item.streamedArguments = true;
        }
        return;
    }
    if (arguments.isEmpty())
        arguments = item.bufferedArguments;
    if (isParallelWrapper(item.name) && emitParallelWrapper(item, arguments, out))
        return;
    if (item.name.isEmpty()) {
        qCWarning(lcTranslate) << "dropping an upstream function call that has no name";
        return;
    }
    emitToolUse(toolUseId(item), item.name, arguments, out);
}

void AnthropicStreamTranslator::webSearchDone(Item &item, const QJsonObject &itemJson, QList<AnthropicEvent> &out)
{
    const QJsonObject action = itemJson.value(QLatin1String("action")).toObject();
    const QString actionType = stringOf(action, "type");
    const QString url = stringOf(action, "url");
    QString query = stringOf(action, "query");
    if (query.isEmpty()) {
        const QJsonArray queries = action.value(QLatin1String("queries")).toArray();
        if (!queries.isEmpty())
            query = queries.first().toString();
    }
    if (query.isEmpty() && actionType == QLatin1String("find_in_page"))
        query = QStringLiteral("\"%1\" in %2").arg(stringOf(action, "pattern"), url);
    if (query.isEmpty())
        query = url;

    const QString id = item.id.isEmpty() ? ResponsesIds::generate(QStringLiteral("srvtoolu_"))
                                         : ResponsesIds::sanitize(QStringLiteral("srvtoolu_") + item.id);
    const int useIndex = startBlock(QJsonObject{{QStringLiteral("type"), QStringLiteral("server_tool_use")},
                                                {QStringLiteral("id"), id},
                                                {QStringLiteral("name"), QStringLiteral("web_search")},
                                                {QStringLiteral("input"), QJsonObject()}},
                                    out);
    emitDelta(useIndex, DeltaKind::InputJson, compactJson(QJsonObject{{QStringLiteral("query"), query}}), out);
    stopBlock(useIndex, out);

    QJsonValue content;
    if (stringOf(itemJson, "status") == QLatin1String("failed")) {
        content = QJsonObject{{QStringLiteral("type"), QStringLiteral("web_search_tool_result_error")},
                              {QStringLiteral("error_code"), QStringLiteral("unavailable")}};
    } else {
        QJsonArray results;
        const auto addResult = [&](const QString &resultUrl, const QString &knownTitle) {
            if (resultUrl.isEmpty())
                return;
            results.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("web_search_result")},
                                       {QStringLiteral("url"), resultUrl},
                                       {QStringLiteral("title"),
                                        knownTitle.isEmpty() ? titleForUrl(resultUrl) : knownTitle},
                                       {QStringLiteral("encrypted_content"), QString()},
                                       {QStringLiteral("page_age"), QJsonValue::Null}});
        };
        const QJsonArray sources = action.value(QLatin1String("sources")).toArray();
        for (const QJsonValue &source : sources)
            addResult(stringOf(source.toObject(), "url"), stringOf(source.toObject(), "title"));
        if (sources.isEmpty())
            addResult(url, QString()); // open_page / find_in_page: the page itself
        content = results;
    }
    const int resultIndex = startBlock(QJsonObject{{QStringLiteral("type"), QStringLiteral("web_search_tool_result")},
                                                   {QStringLiteral("tool_use_id"), id},
                                                   {QStringLiteral("content"), content}},
                                       out);
    stopBlock(resultIndex, out);
    ++m_usage.webSearchRequests;
}

void AnthropicStreamTranslator::summaryPart(Item &item, int summaryIndex, QList<AnthropicEvent> &out)
{
    if (item.openBlock == BlockKind::None) {
        openBlock(item, BlockKind::Thinking,
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                              {QStringLiteral("thinking"), QString()},
                              {QStringLiteral("signature"), QString()}},
                  out);
    }
    // One thinking block per reasoning item: summary parts are separated like paragraphs.
    if (item.summaryIndex >= 0 && summaryIndex != item.summaryIndex && item.streamedThinking) {
        emitDelta(item.blockIndex, DeltaKind::Thinking, QStringLiteral("\n\n"), out);
    }
    item.summaryIndex = summaryIndex;
}

void AnthropicStreamTranslator::textDelta(Item &item, int contentIndex, const QString &text,
                                          QList<AnthropicEvent> &out)
{
    if (item.openBlock == BlockKind::Text && contentIndex != item.contentIndex)
        closeBlock(item, out);
    if (text.isEmpty())
        return; // text blocks open lazily: an empty text block is rejected when the client sends it back
    if (item.openBlock == BlockKind::None) {
        openBlock(item, BlockKind::Text,
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QString()}},
                  out);
        item.contentIndex = contentIndex;
    }
    emitDelta(item.blockIndex, DeltaKind::Text, text, out);
    item.streamedText = true;
}

bool AnthropicStreamTranslator::emitParallelWrapper(const Item &item, const QString &arguments,
                                                    QList<AnthropicEvent> &out)
{
    // {"tool_uses":[{"recipient_name":"functions.X","parameters":{...}}, ...]}
    const QJsonArray uses =
        QJsonDocument::fromJson(arguments.toUtf8()).object().value(QLatin1String("tool_uses")).toArray();
    if (uses.isEmpty())
        return false;
    for (const QJsonValue &use : uses) {
        if (stringOf(use.toObject(), "recipient_name").isEmpty())
            return false; // not the wrapper after all: treat it as an ordinary call
    }
    const QString baseId = toolUseId(item);
    static const QLatin1String functionsPrefix("functions.");
    for (int i = 0; i < uses.size(); ++i) {
        const QJsonObject use = uses.at(i).toObject();
        QString name = stringOf(use, "recipient_name");
        if (name.startsWith(functionsPrefix))
            name.remove(0, functionsPrefix.size());
        // Distinct, deterministic ids so each tool_result pairs with its own call.
        const QString suffix = QLatin1Char('_') + QString::number(i);
        const QString id = baseId.left(ResponsesIds::MaxIdLength - suffix.size()) + suffix;
        emitToolUse(id, name, compactJson(use.value(QLatin1String("parameters")).toObject()), out);
    }
    return true;
}

void AnthropicStreamTranslator::emitToolUse(const QString &id, const QString &upstreamName, const QString &arguments,
                                            QList<AnthropicEvent> &out)
{
    const int index = startBlock(QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                             {QStringLiteral("id"), id},
                                             {QStringLiteral("name"), m_options.toolNames.toClient(upstreamName)},
                                             {QStringLiteral("input"), QJsonObject()}},
                                 out);
    if (!arguments.isEmpty()) {
        emitDelta(index, DeltaKind::InputJson, arguments, out);
    }
    stopBlock(index, out);
    m_sawToolUse = true;
}

QString AnthropicStreamTranslator::toolUseId(const Item &item) const
{
    if (!item.callId.isEmpty())
        return ResponsesIds::sanitize(item.callId);
    if (!item.id.isEmpty())
        return ResponsesIds::sanitize(item.id);
    return ResponsesIds::generate(QStringLiteral("toolu_"));
}

void AnthropicStreamTranslator::forceClose(Item &item, QList<AnthropicEvent> &out)
{
    if (item.done)
        return;
    if (item.kind == ItemKind::FunctionCall) {
        // The call never finished: whatever input it has is probably cut off.
        if (item.openBlock == BlockKind::ToolUse) {
            m_truncatedToolUse = true;
        } else if (item.buffering && !item.name.isEmpty()
                   && !(isParallelWrapper(item.name) && emitParallelWrapper(item, item.bufferedArguments, out))) {
            emitToolUse(toolUseId(item), item.name, item.bufferedArguments, out);
            m_truncatedToolUse = true;
        }
    }
    closeBlock(item, out);
    item.done = true;
    item.pending.clear();
}

void AnthropicStreamTranslator::ensureMessageStart(QList<AnthropicEvent> &out)
{
    if (m_started)
        return;
    m_started = true;
    out.append(AnthropicEvent::messageStart(m_messageId, m_options.clientModel, m_options.inputTokensEstimate));
}

void AnthropicStreamTranslator::openBlock(Item &item, BlockKind kind, const QJsonObject &contentBlock,
                                          QList<AnthropicEvent> &out)
{
    item.blockIndex = startBlock(contentBlock, out);
    item.openBlock = kind;
    if (kind == BlockKind::ToolUse)
        m_sawToolUse = true;
}

int AnthropicStreamTranslator::startBlock(const QJsonObject &contentBlock, QList<AnthropicEvent> &out)
{
    ensureMessageStart(out);
    const int index = m_nextBlockIndex++;
    out.append(AnthropicEvent{QByteArrayLiteral("content_block_start"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_start")},
                                          {QStringLiteral("index"), index},
                                          {QStringLiteral("content_block"), contentBlock}}});
    return index;
}

void AnthropicStreamTranslator::emitDelta(int index, DeltaKind kind, const QString &value, QList<AnthropicEvent> &out)
{
    // Hot path: copying a prepared object and replacing one value allocates far less than building
    // the object key by key.
    static const QJsonObject deltas[] = {
        {{QStringLiteral("type"), QStringLiteral("text_delta")}, {QStringLiteral("text"), QString()}},
        {{QStringLiteral("type"), QStringLiteral("thinking_delta")}, {QStringLiteral("thinking"), QString()}},
        {{QStringLiteral("type"), QStringLiteral("signature_delta")}, {QStringLiteral("signature"), QString()}},
        {{QStringLiteral("type"), QStringLiteral("input_json_delta")}, {QStringLiteral("partial_json"), QString()}},
    };
    static const QString keys[] = {QStringLiteral("text"), QStringLiteral("thinking"), QStringLiteral("signature"),
                                   QStringLiteral("partial_json")};
    static const QJsonObject event{{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                                   {QStringLiteral("index"), 0},
                                   {QStringLiteral("delta"), QJsonObject()}};
    static const QString indexKey = QStringLiteral("index");
    static const QString deltaKey = QStringLiteral("delta");

    const auto slot = size_t(kind);
    QJsonObject delta = deltas[slot];
    delta.insert(keys[slot], value);
    QJsonObject data = event;
    data.insert(indexKey, index);
    data.insert(deltaKey, delta);
    out.append(AnthropicEvent{QByteArrayLiteral("content_block_delta"), std::move(data)});
}

void AnthropicStreamTranslator::stopBlock(int index, QList<AnthropicEvent> &out)
{
    out.append(AnthropicEvent{QByteArrayLiteral("content_block_stop"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_stop")},
                                          {QStringLiteral("index"), index}}});
}

void AnthropicStreamTranslator::closeBlock(Item &item, QList<AnthropicEvent> &out)
{
    if (item.openBlock == BlockKind::None)
        return;
    stopBlock(item.blockIndex, out);
    item.openBlock = BlockKind::None;
}

void AnthropicStreamTranslator::rememberCitationTitle(const QJsonObject &annotation)
{
    if (stringOf(annotation, "type") != QLatin1String("url_citation"))
        return;
    const QString url = stringOf(annotation, "url");
    const QString title = stringOf(annotation, "title");
    if (!url.isEmpty() && !title.isEmpty())
        m_citationTitles.insert(normalizedUrl(url), title);
}

QString AnthropicStreamTranslator::titleForUrl(const QString &url) const
{
    const auto it = m_citationTitles.constFind(normalizedUrl(url));
    return it != m_citationTitles.constEnd() ? it.value() : url;
}

void AnthropicStreamTranslator::complete(const QJsonObject &response, bool incomplete, QList<AnthropicEvent> &out)
{
    const QJsonArray output = response.value(QLatin1String("output")).toArray();
    const auto finalItem = [&output](const QString &id) {
        if (!id.isEmpty()) {
            for (const QJsonValue &value : output) {
                const QJsonObject object = value.toObject();
                if (stringOf(object, "id") == id)
                    return object;
            }
        }
        return QJsonObject();
    };

    // Close what is still open, in output order, preferring the finished item from `response.output`.
    while (m_active < m_items.size()) {
        Item &item = m_items[m_active];
        if (!item.done) {
            const QJsonObject finished = finalItem(item.id);
            if (!finished.isEmpty())
                itemDone(item, finished, out);
            else
                forceClose(item, out);
        }
        advance(out);
    }
    // Items that only appear in the final output (never streamed).
    for (const QJsonValue &value : output) {
        const QJsonObject object = value.toObject();
        const QString id = stringOf(object, "id");
        const std::optional<ItemKind> kind = kindOfItem(stringOf(object, "type"));
        if (id.isEmpty() || !kind)
            continue;
        const bool seen = std::any_of(m_items.cbegin(), m_items.cend(), [&id](const Item &i) { return i.id == id; });
        if (seen)
            continue;
        const int index = addItem(*kind, QJsonObject(), id);
        itemAdded(m_items[size_t(index)], object, out);
        itemDone(m_items[size_t(index)], object, out);
        m_active = m_items.size();
    }

    const QJsonObject usage = response.value(QLatin1String("usage")).toObject();
    m_usage.inputTokens = usage.value(QLatin1String("input_tokens")).toInteger();
    m_usage.cachedTokens = usage.value(QLatin1String("input_tokens_details"))
                               .toObject()
                               .value(QLatin1String("cached_tokens"))
                               .toInteger();
    m_usage.outputTokens = usage.value(QLatin1String("output_tokens")).toInteger();

    const QString reason = incomplete ? stringOf(response.value(QLatin1String("incomplete_details")).toObject(), "reason")
                                      : QString();
    if (reason == QLatin1String("content_filter"))
        m_stopReason = QStringLiteral("refusal");
    else if (m_truncatedToolUse)
        m_stopReason = QStringLiteral("max_tokens"); // a cut-off call must not be executed as if complete
    else if (m_sawToolUse)
        m_stopReason = QStringLiteral("tool_use");
    else if (reason == QLatin1String("max_output_tokens"))
        m_stopReason = QStringLiteral("max_tokens");
    else
        m_stopReason = QStringLiteral("end_turn");

    ensureMessageStart(out);
    AnthropicEvent delta = AnthropicEvent::messageDelta(m_stopReason, m_usage.inputTokens, m_usage.cachedTokens,
                                                        m_usage.outputTokens);
    if (m_usage.webSearchRequests > 0) {
        QJsonObject usage = delta.data.value(QLatin1String("usage")).toObject();
        usage.insert(QStringLiteral("server_tool_use"),
                     QJsonObject{{QStringLiteral("web_search_requests"), m_usage.webSearchRequests}});
        delta.data.insert(QStringLiteral("usage"), usage);
    }
    out.append(delta);
    out.append(AnthropicEvent{QByteArrayLiteral("message_stop"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("message_stop")}}});
    m_terminated = true;
}

void AnthropicStreamTranslator::upstreamFailed(const QJsonObject &data, bool responseFailed, QList<AnthropicEvent> &out)
{
    if (responseFailed && !data.value(QLatin1String("response")).toObject().value(QLatin1String("error")).isObject()) {
        UpstreamFailure failure;
        failure.code = QStringLiteral("response_failed");
        failure.message = translate("the ChatGPT backend reported a failed response without details");
        fail(failure, out);
        return;
    }
    fail(UpstreamFailure::fromJson(data), out);
}
