#pragma once

// Test helper: loads the recorded Responses streams of ../shared/fixtures/responses-streams and replays
// them through a ChatStreamTranslator.

#include "openai/chatstreamtranslator.h"
#include "responses/responsesevent.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace FixtureReplay {

using Stream = QList<ResponsesEvent>;

inline QString fixturePath(const QString &name)
{
    return QStringLiteral(CODEXBRIDGE_SHARED_DIR "/fixtures/responses-streams/") + name
           + QStringLiteral(".chunks.txt");
}

inline ResponsesEvent event(const QByteArray &json)
{
    const QJsonObject data = QJsonDocument::fromJson(json).object();
    return ResponsesEvent{data.value(QLatin1String("type")).toString().toUtf8(), data};
}

// One event per line. Streams that hold several responses (a recorded multi-turn session) are split at
// each response.created; `ok` is false when the file is missing or a line is not JSON.
inline QList<Stream> loadSegments(const QString &name, bool *ok)
{
    *ok = false;
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Stream> segments;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            // parallel-tool-call-wrapper.1 (as shipped by vercel/ai) lacks the final '}' on its
            // response.created and response.completed lines; repair only exactly that.
            doc = QJsonDocument::fromJson(line + '}', &error);
            if (!doc.isObject())
                return {};
        }
        const QJsonObject data = doc.object();
        ResponsesEvent ev{data.value(QLatin1String("type")).toString().toUtf8(), data};
        if (segments.isEmpty() || ev.type == "response.created")
            segments.append(Stream());
        segments.last().append(std::move(ev));
    }
    *ok = !segments.isEmpty();
    return segments;
}

struct Replay
{
    QList<QJsonObject> chunks;
    bool started = false;
    bool failed = false;
    bool terminated = false;
    UpstreamFailure failure;
};

inline Replay replay(const Stream &stream, ChatStreamTranslator::Options options)
{
    ChatStreamTranslator translator(std::move(options));
    Replay result;
    for (const ResponsesEvent &ev : stream)
        translator.feed(ev, result.chunks);
    translator.finish(result.chunks);
    result.started = translator.hasStarted();
    result.failed = translator.hasFailed();
    result.terminated = translator.isTerminated();
    result.failure = translator.failure();
    return result;
}

} // namespace FixtureReplay
