// AnthropicStreamTranslator on arbitrary upstream event sequences: the input is one JSON event per line (the
// format of shared/fixtures/responses-streams/*.chunks.txt, which seed the corpus). The first input byte picks
// the options and whether the stream ends with EOF or with a connection failure. Checks the grammar the
// translator promises (AnthropicStreamTranslator's header and codex-protocol.md section 5): message_start
// first and once, content blocks contiguous and indexed 0, 1, 2..., deltas only inside the open block,
// message_delta + message_stop last on success, an `error` event last on failure, nothing after the end.
#include "anthropic/anthropicstreamtranslator.h"
#include "fuzzinput.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

namespace {
class GrammarChecker
{
public:
    void check(const QList<AnthropicEvent> &events)
    {
        for (const AnthropicEvent &e : events)
            check(e);
    }

    void check(const AnthropicEvent &e)
    {
        if (m_ended || e.name != e.data.value(QLatin1String("type")).toString().toUtf8())
            std::abort();
        if (e.name == "ping")
            return;
        if (e.name == "error") {
            // May cut an open block (that is its point), but only after output started.
            if (!m_started)
                std::abort();
            m_ended = true;
            return;
        }
        if (!m_started) {
            if (e.name != "message_start")
                std::abort();
            m_started = true;
            return;
        }
        if (e.name == "message_start" || m_stopped)
            std::abort();
        const int index = e.data.value(QLatin1String("index")).toInt(-1);
        if (e.name == "content_block_start") {
            if (m_open >= 0 || index != m_next || m_deltaSeen)
                std::abort();
            m_open = index;
            ++m_next;
        } else if (e.name == "content_block_delta") {
            if (m_open < 0 || index != m_open)
                std::abort();
        } else if (e.name == "content_block_stop") {
            if (m_open < 0 || index != m_open)
                std::abort();
            m_open = -1;
        } else if (e.name == "message_delta") {
            if (m_open >= 0 || m_deltaSeen)
                std::abort();
            m_deltaSeen = true;
        } else if (e.name == "message_stop") {
            if (!m_deltaSeen)
                std::abort();
            m_stopped = true;
            m_ended = true;
        } else {
            std::abort();
        }
    }

    bool ended() const { return m_ended; }

private:
    bool m_started = false;
    bool m_deltaSeen = false;
    bool m_stopped = false;
    bool m_ended = false;
    int m_open = -1;
    int m_next = 0;
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    FuzzInput fuzzInput;
    if (!fuzzInput.read(bytes, size))
        return 0;
    const uint8_t options = fuzzInput.options;
    const QByteArray input = fuzzInput.payload.toByteArray();

    AnthropicStreamTranslator::Options translatorOptions;
    translatorOptions.clientModel = QStringLiteral("claude-sonnet-4-5");
    translatorOptions.inputTokensEstimate = options;
    if (options & 1)
        translatorOptions.toolNames = ToolNameMapper({QStringLiteral("mcp__server__tool.name"), QStringLiteral("Read")});
    AnthropicStreamTranslator translator(translatorOptions);
    GrammarChecker grammar;

    QList<AnthropicEvent> out;
    for (const QByteArray &line : input.split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            continue;
        ResponsesEvent event;
        event.data = doc.object();
        event.type = event.data.value(QLatin1String("type")).toString().toUtf8();
        const bool wasTerminated = translator.isTerminated();
        translator.feed(event, out);
        if (wasTerminated && !out.isEmpty())
            std::abort(); // nothing after the end
        grammar.check(out);
        out.clear();
    }
    if (!translator.isTerminated()) {
        if (options & 2)
            translator.fail(UpstreamFailure::network(QStringLiteral("connection reset")), out);
        else
            translator.finish(out);
        grammar.check(out);
        out.clear();
    }
    if (!translator.isTerminated())
        std::abort();
    // A failure before any output sends nothing (the HTTP layer answers with a status); otherwise the stream
    // must have ended, with message_stop or with an error event.
    if (translator.hasStarted() != grammar.ended())
        std::abort();
    return 0;
}
