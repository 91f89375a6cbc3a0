#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Deterministic, realistic inputs for the benchmarks: upstream Responses streams (as the Codex backend
// sends them, one JSON event per line) and a Claude-Code-shaped Anthropic request. Same seed, same bytes,
// so runs on different days compare.
class SyntheticTraffic
{
public:
    // One upstream response: its events as compact JSON, in order.
    using EventLines = QList<QByteArray>;

    // A reasoning item, then one message whose text arrives as `deltas` output_text.delta events of a
    // token or two each (what a long answer looks like), then the usual done/completed events that repeat
    // the whole text.
    static EventLines longTextResponse(int deltas);
    // One function call (a `Write` of a large file) whose arguments arrive as `deltas` small
    // function_call_arguments.delta events.
    static EventLines toolCallResponse(int deltas);
    // A `Write` call whose arguments carry imageBase64(base64Bytes) (a model echoing an image it was sent back
    // into a file), in `deltas` argument deltas: large tool-call arguments.
    static EventLines imageEchoResponse(int deltas, qsizetype base64Bytes);
    // The base64 text of a deterministic PNG-like image (incompressible bytes), about base64Bytes long.
    static QByteArray imageBase64(qsizetype base64Bytes);
    // Every response of every recorded fixture in `streamsDir` (*.chunks.txt), lines repaired like the
    // fake backend does (some recorded lines lost closing braces). Empty when the folder has none.
    static QList<EventLines> fixtureResponses(const QString &streamsDir, QString *problem);

    // "event: <type>\ndata: <json>\n\n" for each event: the bytes on the wire.
    static QByteArray toSse(const EventLines &events);
    // One event per line: the format of the fixtures (and of the fake backend's --fixtures folder).
    static QByteArray toFixture(const EventLines &events);
    static QByteArray eventType(const QByteArray &eventJson);

    // An Anthropic Messages request as Claude Code sends it late in a long session: big system prompt,
    // its ~20 tools (plus MCP tools with long names), `turns` assistant tool calls with thinking
    // signatures, tool results of a few KB and system reminders.
    static QJsonObject claudeCodeRequest(int turns);
};
