// bench_translator: the proxy's per-event and per-request CPU cost, in process, no network.
//
// For each upstream stream (a 100,000-delta answer, a large tool call, the recorded fixtures replayed many
// times) it times three paths over the same SSE bytes, fed in network-sized slices:
//   baseline   SseParser + QJsonDocument::fromJson + ResponsesEvent (what UpstreamRequest does; unavoidable)
//   anthropic  baseline + AnthropicClientStream::feed + takeSse (AnthropicStreamTranslator + toSse)
//   chat       baseline + ChatClientStream::feed + takeSse (ChatStreamTranslator + toSse)
// which is exactly what ProxyExchange runs per upstream event (minus the socket write). The difference to the
// baseline is the translator's own share. It also times AnthropicRequestTranslator on a large
// Claude-Code-shaped request. Each measurement is repeated; min and median are reported.

#include "benchreport.h"
#include "samplestats.h"
#include "synthetictraffic.h"
#include "threadcputimer.h"

#include "anthropic/anthropicrequesttranslator.h"
#include "core/tokenestimator.h"
#include "responses/responsesevent.h"
#include "server/anthropicclientstream.h"
#include "server/chatclientstream.h"
#include "upstream/sseparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>

namespace {

enum class Path { Baseline, Anthropic, Chat };

struct StreamSet
{
    QString label;
    QList<QByteArray> responses; // SSE bytes, one upstream response each
    qint64 events = 0;           // upstream events in one pass over all responses
    qint64 bytes = 0;
};

struct PassResult
{
    qint64 events = 0;      // upstream events parsed
    qint64 outputBytes = 0; // client bytes produced (also keeps the work observable)
    QByteArray output;      // only when asked for (validation pass)
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// What UpstreamRequest::onSseEvent does with every SSE event before the client stream sees it.
bool toResponsesEvent(SseParser::Event &&sse, ResponsesEvent &event)
{
    if (sse.data == "[DONE]")
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(sse.data, &error);
    if (!doc.isObject())
        return false;
    event.data = doc.object();
    event.type = event.data.value(QLatin1String("type")).toString().toUtf8();
    if (event.type.isEmpty())
        event.type = std::move(sse.name);
    return true;
}

std::unique_ptr<ClientStream> makeStream(Path path)
{
    switch (path) {
    case Path::Baseline:
        return nullptr;
    case Path::Anthropic: {
        AnthropicStreamTranslator::Options options;
        options.clientModel = QStringLiteral("claude-sonnet-4-5-20250929");
        options.inputTokensEstimate = 48213;
        return std::make_unique<AnthropicClientStream>(std::move(options), true);
    }
    case Path::Chat: {
        ChatStreamTranslator::Options options;
        options.clientModel = QStringLiteral("gpt-5.4");
        options.includeUsage = true;
        return std::make_unique<ChatClientStream>(std::move(options), true);
    }
    }
    return nullptr;
}

PassResult runPass(const StreamSet &set, Path path, qsizetype sliceBytes, bool keepOutput)
{
    PassResult result;
    for (const QByteArray &sse : set.responses) {
        std::unique_ptr<ClientStream> stream = makeStream(path);
        SseParser parser([&](SseParser::Event &&raw) {
            ResponsesEvent event;
            if (!toResponsesEvent(std::move(raw), event))
                return;
            ++result.events;
            if (!stream) {
                result.outputBytes += event.type.size() + event.data.size();
                return;
            }
            // ProxyExchange::onEvent: nothing more is fed once the client stream has terminated.
            if (stream->isTerminated())
                return;
            stream->feed(event);
            const QByteArray out = stream->takeSse();
            result.outputBytes += out.size();
            if (keepOutput)
                result.output += out;
        });
        for (qsizetype at = 0; at < sse.size(); at += sliceBytes)
            parser.feed(QByteArrayView(sse).sliced(at, qMin(sliceBytes, sse.size() - at)));
        parser.finish();
        if (stream) {
            if (!stream->isTerminated())
                stream->finish();
            const QByteArray out = stream->takeSse();
            result.outputBytes += out.size();
            if (keepOutput)
                result.output += out;
        }
    }
    return result;
}

StreamSet makeSet(const QString &label, const QList<SyntheticTraffic::EventLines> &responses, int repeats)
{
    StreamSet set;
    set.label = label;
    QList<QByteArray> once;
    for (const SyntheticTraffic::EventLines &events : responses) {
        once.append(SyntheticTraffic::toSse(events));
        set.events += events.size();
        set.bytes += once.last().size();
    }
    for (int i = 0; i < repeats; ++i)
        set.responses += once;
    set.events *= repeats;
    set.bytes *= repeats;
    return set;
}

// A check that the timed path really translated the stream (a bench that measures an early error is useless).
bool validate(const StreamSet &set, Path path, qsizetype sliceBytes, qint64 expectDeltas, QString *problem)
{
    const PassResult pass = runPass(set, path, sliceBytes, true);
    if (pass.events != set.events) {
        *problem = QStringLiteral("parsed %1 events, expected %2").arg(pass.events).arg(set.events);
        return false;
    }
    if (path == Path::Baseline || expectDeltas < 0)
        return true;
    const qint64 deltas = path == Path::Anthropic ? pass.output.count("event: content_block_delta\n")
                                                  : pass.output.count("\"delta\":{\"");
    if (deltas < expectDeltas) {
        *problem = QStringLiteral("the client stream has %1 deltas, expected at least %2").arg(deltas).arg(expectDeltas);
        return false;
    }
    const bool ended = path == Path::Anthropic ? pass.output.endsWith("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n")
                                               : pass.output.endsWith("data: [DONE]\n\n");
    if (!ended) {
        *problem = QStringLiteral("the client stream does not end cleanly: ...%1")
                       .arg(QString::fromUtf8(pass.output.right(200)));
        return false;
    }
    return true;
}

// Times the paths round-robin (baseline, anthropic, chat, baseline, ...) so that a burst of load on a shared
// machine hits all of them alike; min over the repetitions is the figure least disturbed by other work.
QList<SampleStats> timePaths(const StreamSet &set, const QList<Path> &paths, qsizetype sliceBytes, int reps)
{
    for (Path path : paths)
        runPass(set, path, sliceBytes, false); // warm-up: allocator, caches, lazy statics
    QList<SampleStats> stats(paths.size());
    for (int i = 0; i < reps; ++i) {
        for (qsizetype p = 0; p < paths.size(); ++p) {
            ThreadCpuTimer timer;
            timer.start();
            const PassResult pass = runPass(set, paths.at(p), sliceBytes, false);
            stats[p].add(double(timer.nsecsElapsed()));
            if (pass.outputBytes == 0)
                err() << "warning: empty output\n";
        }
    }
    return stats;
}

QString pathValue(const StreamSet &set, const SampleStats &stats)
{
    const double best = stats.min();
    const double seconds = best / 1e9;
    return QStringLiteral("%1 · %2 · %3 µs/ev (median %4)")
        .arg(BenchReport::rate(double(set.events) / seconds, "ev/s"),
             BenchReport::rate(double(set.bytes) / 1e6 / seconds, "MB/s"),
             QString::number(best / 1e3 / double(set.events), 'f', 2),
             BenchReport::rate(double(set.events) / (stats.median() / 1e9), "ev/s"));
}

QString shareValue(const StreamSet &set, const SampleStats &baseline, const SampleStats &full)
{
    const double own = qMax(0.0, full.min() - baseline.min());
    return QStringLiteral("%1 (%2 µs/ev = %3% of the path)")
        .arg(own > 0 ? BenchReport::rate(double(set.events) / (own / 1e9), "ev/s") : QStringLiteral("n/a"),
             QString::number(own / 1e3 / double(set.events), 'f', 2),
             QString::number(100.0 * own / full.min(), 'f', 0));
}

// Which stream paths to time; all three unless --path picks one (for profiling).
struct PathChoice
{
    bool anthropic = true;
    bool chat = true;
};

bool benchStreams(BenchReport &report, const StreamSet &set, qint64 expectDeltas, qsizetype sliceBytes, int reps,
                  PathChoice paths)
{
    const QString testCase = QStringLiteral("%1: %2 events, %3 SSE")
                                 .arg(set.label, BenchReport::number(set.events), BenchReport::megabytes(double(set.bytes)));
    err() << "== " << testCase << '\n';
    err().flush();
    for (Path path : {Path::Anthropic, Path::Chat}) {
        if ((path == Path::Anthropic && !paths.anthropic) || (path == Path::Chat && !paths.chat))
            continue;
        QString problem;
        if (!validate(set, path, sliceBytes, expectDeltas, &problem)) {
            err() << "error: " << set.label << (path == Path::Anthropic ? " (anthropic): " : " (chat): ") << problem << '\n';
            return false;
        }
    }
    QList<Path> timed{Path::Baseline};
    if (paths.anthropic)
        timed.append(Path::Anthropic);
    if (paths.chat)
        timed.append(Path::Chat);
    const QList<SampleStats> stats = timePaths(set, timed, sliceBytes, reps);
    const SampleStats &baseline = stats.first();
    const QString parseOnly = QStringLiteral("SSE + JSON parse only: ") + pathValue(set, baseline);
    const QString perCore = QStringLiteral(">= 100k ev/s per core");
    err() << "   baseline " << pathValue(set, baseline) << '\n';
    if (paths.anthropic) {
        const SampleStats &anthropic = stats.at(timed.indexOf(Path::Anthropic));
        report.addRow(QStringLiteral("translator"), testCase, QStringLiteral("Anthropic: parse + translate + toSse, one core"), pathValue(set, anthropic), parseOnly);
        report.addRow(QStringLiteral("translator"), testCase, QStringLiteral("Anthropic translator alone (translate + toSse)"), shareValue(set, baseline, anthropic), QString(), perCore);
        err() << "   anthropic " << pathValue(set, anthropic) << '\n';
    }
    if (paths.chat) {
        const SampleStats &chat = stats.at(timed.indexOf(Path::Chat));
        report.addRow(QStringLiteral("translator"), testCase, QStringLiteral("Chat: parse + translate + toSse, one core"), pathValue(set, chat), parseOnly);
        report.addRow(QStringLiteral("translator"), testCase, QStringLiteral("Chat translator alone (translate + toSse)"), shareValue(set, baseline, chat), QString(), perCore);
        err() << "   chat " << pathValue(set, chat) << '\n';
    }
    err().flush();
    return true;
}

// The per-request work of ApiRouter::startExchange + ProxyExchange for an Anthropic request: parse the body,
// derive the session key, estimate input tokens, translate, serialise the upstream body.
bool benchRequest(BenchReport &report, int turns, int reps)
{
    const QByteArray bytes = QJsonDocument(SyntheticTraffic::claudeCodeRequest(turns)).toJson(QJsonDocument::Compact);
    RequestTranslationContext context;
    context.upstreamModel = QStringLiteral("gpt-5.4");
    context.supportedEfforts = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("xhigh")};

    const auto fullPath = [&]() -> qint64 {
        const QJsonObject body = QJsonDocument::fromJson(bytes).object();
        RequestTranslationContext ctx = context;
        ctx.promptCacheKey = AnthropicRequestTranslator::sessionKey(QByteArray(), body);
        const qint64 estimate = TokenEstimator::estimateRequest(body);
        const TranslatedRequest translated = AnthropicRequestTranslator::translate(body, ctx);
        return QJsonDocument(translated.body).toJson(QJsonDocument::Compact).size() + estimate;
    };
    const QJsonObject sample = QJsonDocument::fromJson(bytes).object();
    RequestTranslationContext sampleContext = context;
    sampleContext.promptCacheKey = AnthropicRequestTranslator::sessionKey(QByteArray(), sample);
    const TranslatedRequest translated = AnthropicRequestTranslator::translate(sample, sampleContext);
    if (!translated.ok()) {
        err() << "error: the synthetic request does not translate: " << translated.error->message << '\n';
        return false;
    }
    const QJsonObject upstreamBody = translated.body;
    const qint64 upstreamBytes = QJsonDocument(upstreamBody).toJson(QJsonDocument::Compact).size();
    const auto baselinePath = [&]() -> qint64 {
        const QJsonObject body = QJsonDocument::fromJson(bytes).object();
        return body.size() + QJsonDocument(upstreamBody).toJson(QJsonDocument::Compact).size();
    };

    // Round-robin, as for the streams.
    baselinePath();
    fullPath();
    SampleStats baseline;
    SampleStats full;
    const auto time = [](const auto &work, SampleStats &stats) {
        ThreadCpuTimer timer;
        timer.start();
        if (work() <= 0)
            err() << "warning: empty result\n";
        stats.add(double(timer.nsecsElapsed()));
    };
    for (int i = 0; i < reps; ++i) {
        time(baselinePath, baseline);
        time(fullPath, full);
    }

    const QString testCase = QStringLiteral("Claude-Code-shaped request: %1 messages, %2 tools, %3 in, %4 upstream")
                                 .arg(sample.value(QLatin1String("messages")).toArray().size())
                                 .arg(sample.value(QLatin1String("tools")).toArray().size())
                                 .arg(BenchReport::megabytes(double(bytes.size())), BenchReport::megabytes(double(upstreamBytes)));
    const auto value = [&](const SampleStats &stats) {
        return QStringLiteral("%1 (median %2) · %3")
            .arg(BenchReport::duration(stats.min()), BenchReport::duration(stats.median()),
                 BenchReport::rate(double(bytes.size()) / 1e6 / (stats.min() / 1e9), "MB/s"));
    };
    report.addRow(QStringLiteral("request"), testCase,
                  QStringLiteral("parse + session key + token estimate + translate + serialise"), value(full),
                  QStringLiteral("JSON parse + serialise only: ") + value(baseline));
    report.addRow(QStringLiteral("request"), testCase, QStringLiteral("translator + estimate own share"),
                  BenchReport::duration(qMax(0.0, full.min() - baseline.min())));
    err() << "== " << testCase << "\n   baseline " << value(baseline) << "\n   full " << value(full) << '\n';
    err().flush();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_translator"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("In-process throughput of the proxy's stream and request translators."));
    parser.addHelpOption();
    const QCommandLineOption deltasOption(QStringLiteral("deltas"), QStringLiteral("Text deltas in the long stream."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption imageDeltasOption(QStringLiteral("image-deltas"), QStringLiteral("Argument deltas in the image-echo stream."), QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption imageKbOption(QStringLiteral("image-kb"), QStringLiteral("Size of the echoed base64 image in kB."), QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption toolDeltasOption(QStringLiteral("tool-deltas"), QStringLiteral("Argument deltas in the tool-call stream."), QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption repeatsOption(QStringLiteral("fixture-repeats"), QStringLiteral("How often the recorded fixtures are replayed per pass."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption turnsOption(QStringLiteral("turns"), QStringLiteral("Tool-call turns in the request."), QStringLiteral("n"), QStringLiteral("150"));
    const QCommandLineOption repsOption(QStringLiteral("reps"), QStringLiteral("Timed repetitions per measurement."), QStringLiteral("n"), QStringLiteral("9"));
    const QCommandLineOption sliceOption(QStringLiteral("slice"), QStringLiteral("Bytes per SSE parser feed (a network read)."), QStringLiteral("bytes"), QStringLiteral("16384"));
    const QCommandLineOption fixturesOption(QStringLiteral("fixtures"), QStringLiteral("Folder of *.chunks.txt fixtures."), QStringLiteral("dir"),
                                            QStringLiteral(CODEXBRIDGE_SHARED_DIR "/fixtures/responses-streams"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Run one part: long, tool, image, fixtures or request (for profiling)."), QStringLiteral("part"));
    const QCommandLineOption pathOption(QStringLiteral("path"), QStringLiteral("Time only the baseline and one stream path: anthropic or chat (for profiling)."), QStringLiteral("path"));
    const QCommandLineOption rowsOnlyOption(QStringLiteral("rows-only"), QStringLiteral("Print table rows without the header."));
    parser.addOptions({deltasOption, toolDeltasOption, imageDeltasOption, imageKbOption, repeatsOption, turnsOption, repsOption, sliceOption, fixturesOption,
                       onlyOption, pathOption, rowsOnlyOption});
    parser.process(app);

    const auto intValue = [&parser](const QCommandLineOption &option) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value <= 0) {
            err() << "error: --" << option.names().first() << " needs a positive number\n";
            err().flush();
            std::exit(2);
        }
        return value;
    };
    const int deltas = intValue(deltasOption);
    const int imageDeltas = intValue(imageDeltasOption);
    const int toolDeltas = intValue(toolDeltasOption);
    const int repeats = intValue(repeatsOption);
    const int turns = intValue(turnsOption);
    const int reps = intValue(repsOption);
    const qsizetype slice = intValue(sliceOption);
    const QString only = parser.value(onlyOption);
    const auto wanted = [&only](const char *part) { return only.isEmpty() || only == QLatin1String(part); };
    PathChoice paths;
    if (parser.isSet(pathOption)) {
        paths.anthropic = parser.value(pathOption) == QLatin1String("anthropic");
        paths.chat = parser.value(pathOption) == QLatin1String("chat");
    }

    BenchReport report;
    bool ok = true;
    if (ok && wanted("long"))
        ok = benchStreams(report, makeSet(QStringLiteral("long text"), {SyntheticTraffic::longTextResponse(deltas)}, 1), deltas, slice, reps, paths);
    if (ok && wanted("tool"))
        ok = benchStreams(report, makeSet(QStringLiteral("tool call arguments"), {SyntheticTraffic::toolCallResponse(toolDeltas)}, 1),
                          toolDeltas, slice, reps, paths);
    if (ok && wanted("image")) {
        const qsizetype imageBytes = qsizetype(intValue(imageKbOption)) * 1000;
        ok = benchStreams(report,
                          makeSet(QStringLiteral("tool call echoing a %1 base64 image").arg(BenchReport::megabytes(double(imageBytes))),
                                  {SyntheticTraffic::imageEchoResponse(imageDeltas, imageBytes)}, 1),
                          imageDeltas, slice, reps, paths);
    }
    if (ok && wanted("fixtures")) {
        QString problem;
        const QList<SyntheticTraffic::EventLines> fixtures = SyntheticTraffic::fixtureResponses(parser.value(fixturesOption), &problem);
        if (fixtures.isEmpty()) {
            err() << "error: no fixtures in " << parser.value(fixturesOption) << ' ' << problem << '\n';
            ok = false;
        } else {
            ok = benchStreams(report,
                              makeSet(QStringLiteral("%1 recorded responses x %2").arg(fixtures.size()).arg(repeats), fixtures, repeats),
                              -1, slice, reps, paths);
        }
    }
    if (ok && wanted("request"))
        ok = benchRequest(report, turns, reps * 3);
    err().flush();
    report.print(parser.isSet(rowsOnlyOption));
    return ok ? 0 : 1;
}
