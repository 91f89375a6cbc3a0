// bench_latency: what the proxy adds to a streaming request, measured against the fake Codex backend.
//
// The same backend answers both ways in the same run, alternating request by request:
//   direct  POST <backend>/backend-api/codex/responses: a replay of the exact upstream request (headers and
//           body) the proxy made for the warm-up request, read back from the fake's control API
//   proxy   POST <proxy>/v1/messages with "stream": true (what Claude Code sends)
// For each request: time to the first body byte, to the first text delta, and to the last byte, with
// p50/p90/p99 over --requests requests per side. Then two long streams (fixtures written with
// --write-fixtures and served by the fake with --fixtures), read directly and through the proxy: events and MB
// per second end to end. The long text stream has --long-deltas text deltas; the image-echo stream answers a
// request carrying a --image-kb base64 image with a tool call whose arguments echo that image.

#include "benchreport.h"
#include "benchrequests.h"
#include "fakebackendcontrol.h"
#include "httpbenchclient.h"
#include "processstats.h"
#include "samplestats.h"
#include "synthetictraffic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QUrl>

#include <functional>
#include <memory>

#include <unistd.h>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

[[noreturn]] void die(const QString &message)
{
    err().flush();
    BenchReport::fatal(message);
}

using Endpoint = BenchRequests::Endpoint;

Endpoint endpointOf(const QString &url)
{
    const Endpoint endpoint = BenchRequests::endpointOf(url);
    if (!endpoint.isValid())
        die(QStringLiteral("not an http://host:port URL: %1").arg(url));
    return endpoint;
}

// Sends direct and proxy requests alternately, `count` of each, over `concurrency` client pairs.
class AlternatingRun
{
public:
    struct Samples
    {
        SampleStats firstByte, firstContent, lastByte;
    };

    AlternatingRun(const Endpoint &backend, const Endpoint &proxy, int concurrency)
    {
        for (int i = 0; i < concurrency; ++i) {
            m_pairs.push_back(Pair{std::make_unique<HttpBenchClient>(backend.host, backend.port),
                                   std::make_unique<HttpBenchClient>(proxy.host, proxy.port)});
        }
    }

    void run(const HttpBenchClient::Request &direct, const HttpBenchClient::Request &proxy, int count)
    {
        m_direct = Samples();
        m_proxy = Samples();
        m_remaining = count;
        m_running = int(m_pairs.size());
        QEventLoop loop;
        for (Pair &pair : m_pairs)
            next(pair, direct, proxy, loop);
        if (m_running > 0)
            loop.exec();
    }

    const Samples &direct() const { return m_direct; }
    const Samples &proxy() const { return m_proxy; }

private:
    struct Pair
    {
        std::unique_ptr<HttpBenchClient> direct;
        std::unique_ptr<HttpBenchClient> proxy;
    };

    static void record(Samples &samples, const HttpBenchClient::Result &result, const char *side)
    {
        if (!result.ok()) {
            die(QStringLiteral("%1 request failed: status %2 %3 %4")
                    .arg(QLatin1String(side))
                    .arg(result.status)
                    .arg(result.error, QString::fromUtf8(result.body.left(500))));
        }
        if (result.firstContentNs < 0)
            die(QStringLiteral("%1 reply has no text delta: %2").arg(QLatin1String(side), QString::fromUtf8(result.body.left(500))));
        samples.firstByte.add(double(result.firstByteNs));
        samples.firstContent.add(double(result.firstContentNs));
        samples.lastByte.add(double(result.lastByteNs));
    }

    void next(Pair &pair, const HttpBenchClient::Request &direct, const HttpBenchClient::Request &proxy, QEventLoop &loop)
    {
        if (m_remaining == 0) {
            if (--m_running == 0)
                loop.quit();
            return;
        }
        --m_remaining;
        HttpBenchClient *directClient = pair.direct.get();
        HttpBenchClient *proxyClient = pair.proxy.get();
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(directClient, &HttpBenchClient::finished, directClient, [=, this, &pair, &loop](const HttpBenchClient::Result &r) {
            QObject::disconnect(*once);
            record(m_direct, r, "direct");
            auto second = std::make_shared<QMetaObject::Connection>();
            *second = QObject::connect(proxyClient, &HttpBenchClient::finished, proxyClient, [=, this, &pair, &loop](const HttpBenchClient::Result &r2) {
                QObject::disconnect(*second);
                record(m_proxy, r2, "proxy");
                next(pair, direct, proxy, loop);
            });
            proxyClient->send(proxy);
        });
        directClient->send(direct);
    }

    std::vector<Pair> m_pairs;
    Samples m_direct;
    Samples m_proxy;
    int m_remaining = 0;
    int m_running = 0;
};

QString triple(const SampleStats &stats)
{
    return QStringLiteral("%1 / %2 / %3 ms")
        .arg(stats.percentile(50) / 1e6, 0, 'f', 3)
        .arg(stats.percentile(90) / 1e6, 0, 'f', 3)
        .arg(stats.percentile(99) / 1e6, 0, 'f', 3);
}

QString addedTriple(const SampleStats &proxy, const SampleStats &direct)
{
    const auto diff = [&](double p) {
        const double ms = (proxy.percentile(p) - direct.percentile(p)) / 1e6;
        return QStringLiteral("%1%2").arg(ms >= 0 ? QStringLiteral("+") : QString()).arg(ms, 0, 'f', 3);
    };
    return QStringLiteral("%1 / %2 / %3 ms").arg(diff(50), diff(90), diff(99));
}

void writeFixture(const QString &file, const SyntheticTraffic::EventLines &events)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
    out.write(SyntheticTraffic::toFixture(events));
    if (!out.commit())
        die(QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
}

struct LongStream
{
    QString fixture;            // name in the fake's --fixtures folder
    QString label;              // for the table
    HttpBenchClient::Request viaProxy;
    QByteArray directMarker;    // one per delta in the Responses stream
    QByteArray proxyMarker;     // one per delta in the Anthropic stream
    int deltas = 0;
};

// Reads `stream` directly and through the proxy, `runs` times each, and adds its rows.
void benchLongStream(BenchReport &report, FakeBackendControl &control, const Endpoint &backend, const Endpoint &proxy,
                     qint64 proxyPid, LongStream stream, int runs)
{
    QString problem;
    if (!control.setRules(QJsonArray{QJsonObject{{QStringLiteral("reply"), QJsonObject{{QStringLiteral("fixture"), stream.fixture},
                                                                                       {QStringLiteral("response"), 0}}}}},
                          &problem))
        die(problem);
    HttpBenchClient directClient(backend.host, backend.port);
    HttpBenchClient proxyClient(proxy.host, proxy.port);
    stream.viaProxy.contentMarker = stream.proxyMarker;
    // The direct request replays what the proxy sent upstream for this very request (a warm-up through the proxy).
    const HttpBenchClient::Result warm = proxyClient.sendAndWait(stream.viaProxy, 600000);
    if (!warm.ok())
        die(QStringLiteral("%1: the warm-up request through the proxy failed: %2 %3").arg(stream.label).arg(warm.status).arg(warm.error));
    HttpBenchClient::Request direct;
    if (!control.lastUpstreamRequest(&direct, &problem))
        die(problem);
    direct.contentMarker = stream.directMarker;

    SampleStats directSeconds;
    SampleStats proxySeconds;
    double proxyCpuSeconds = 0;
    qint64 upstreamEvents = 0;
    qint64 directBytes = 0;
    qint64 proxyBytes = 0;
    QStringList retried;
    for (int i = 0; i < runs; ++i) {
        err() << stream.label << ": run " << (i + 1) << '/' << runs << '\n';
        err().flush();
        // A long stream that breaks off is retried once (and reported), so that one dropped connection on a
        // busy machine does not cost the whole run; a second failure ends the benchmark.
        const auto sendLong = [&](HttpBenchClient &client, const HttpBenchClient::Request &request, const char *side) {
            for (int attempt = 1;; ++attempt) {
                const HttpBenchClient::Result result = client.sendAndWait(request, 600000);
                if (result.ok())
                    return result;
                const QString problem = QStringLiteral("%1, %2: status %3, %4 after %5 ms and %6 body bytes")
                                            .arg(stream.label, QLatin1String(side))
                                            .arg(result.status)
                                            .arg(result.error)
                                            .arg(qMax(result.lastByteNs, result.firstByteNs) / 1000000)
                                            .arg(result.body.size());
                if (attempt == 2)
                    die(problem);
                err() << "warning: " << problem << "; retrying once\n";
                err().flush();
                retried.append(problem);
            }
        };
        const HttpBenchClient::Result d = sendLong(directClient, direct, "direct");
        upstreamEvents = d.body.count("\n\n");
        const qint64 directDeltas = d.body.count(stream.directMarker);
        if (directDeltas != stream.deltas)
            die(QStringLiteral("%1: the fake backend sent %2 deltas, expected %3 (was it started with the bench fixtures?)")
                    .arg(stream.label).arg(directDeltas).arg(stream.deltas));
        const double streamCpuBefore = ProcessStats::cpuSeconds(proxyPid);
        const HttpBenchClient::Result p = sendLong(proxyClient, stream.viaProxy, "via proxy");
        proxyCpuSeconds += ProcessStats::cpuSeconds(proxyPid) - streamCpuBefore;
        const qint64 proxyDeltas = p.body.count(stream.proxyMarker);
        if (proxyDeltas != stream.deltas || !p.body.contains("event: message_stop"))
            die(QStringLiteral("%1: the proxy sent %2 deltas (expected %3) or no message_stop").arg(stream.label).arg(proxyDeltas).arg(stream.deltas));
        directSeconds.add(double(d.lastByteNs) / 1e9);
        proxySeconds.add(double(p.lastByteNs) / 1e9);
        directBytes = d.body.size();
        proxyBytes = p.body.size();
    }
    const QString longCase = QStringLiteral("%1 (%2 upstream events, %3 upstream), best of %4")
                                 .arg(stream.label, BenchReport::number(upstreamEvents), BenchReport::megabytes(double(directBytes)))
                                 .arg(runs);
    // Upstream bytes per second on both sides, so the two MB/s compare; the proxy's own output size is noted.
    const auto value = [&](const SampleStats &seconds, qint64 received) {
        return QStringLiteral("%1 · %2 (%3 s, median %4 s; client got %5)")
            .arg(BenchReport::rate(double(upstreamEvents) / seconds.min(), "events/s"),
                 BenchReport::rate(double(directBytes) / 1e6 / seconds.min(), "MB/s"))
            .arg(seconds.min(), 0, 'f', 2)
            .arg(seconds.median(), 0, 'f', 2)
            .arg(BenchReport::megabytes(double(received)));
    };
    report.addRow(QStringLiteral("long stream"), longCase, QStringLiteral("end to end through the proxy (Anthropic SSE), upstream events/s and MB/s"),
                  value(proxySeconds, proxyBytes), QStringLiteral("direct: ") + value(directSeconds, directBytes),
                  QStringLiteral("limited by the backend, not the proxy"));
    report.addRow(QStringLiteral("long stream"), longCase, QStringLiteral("proxy time / direct time"),
                  QStringLiteral("%1x").arg(proxySeconds.min() / directSeconds.min(), 0, 'f', 2), QStringLiteral("1.00x"));
    for (const QString &problem : std::as_const(retried))
        report.addRow(QStringLiteral("long stream"), longCase, QStringLiteral("retried once (not counted)"), problem);
    if (proxyPid > 0) {
        const double perEvent = proxyCpuSeconds / runs / double(upstreamEvents);
        report.addRow(QStringLiteral("long stream"), longCase, QStringLiteral("proxy CPU time (user + sys) per upstream event"),
                      QStringLiteral("%1 µs (= %2 per core)")
                          .arg(perEvent * 1e6, 0, 'f', 1)
                          .arg(BenchReport::rate(1.0 / perEvent, "events/s")));
    }
    err() << stream.label << ": direct " << value(directSeconds, directBytes) << ", proxy " << value(proxySeconds, proxyBytes) << '\n';
    err().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_latency"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Latency and long-stream throughput of the proxy against the fake Codex backend."));
    parser.addHelpOption();
    const QCommandLineOption backendOption(QStringLiteral("backend"), QStringLiteral("Fake Codex backend base URL (http://127.0.0.1:PORT)."), QStringLiteral("url"));
    const QCommandLineOption proxyOption(QStringLiteral("proxy"), QStringLiteral("codex-bridge serve URL (http://127.0.0.1:PORT)."), QStringLiteral("url"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Measured requests per side."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"), QStringLiteral("Unmeasured requests per side first."), QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QStringLiteral("Client pairs running at once."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption longDeltasOption(QStringLiteral("long-deltas"), QStringLiteral("Text deltas in the long text stream."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption imageKbOption(QStringLiteral("image-kb"), QStringLiteral("Base64 image size (kB) of the image-echo stream."), QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption imageDeltasOption(QStringLiteral("image-deltas"), QStringLiteral("Argument deltas of the image-echo stream."), QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption longRunsOption(QStringLiteral("long-runs"), QStringLiteral("Long-stream requests per side (0: skip the long streams)."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption writeFixturesOption(QStringLiteral("write-fixtures"), QStringLiteral("Write the long-stream fixtures (bench-long-text and bench-image-echo .chunks.txt) into DIR and exit."), QStringLiteral("dir"));
    const QCommandLineOption proxyPidOption(QStringLiteral("proxy-pid"), QStringLiteral("Process id of the proxy: also report its CPU time per request (Linux)."), QStringLiteral("pid"));
    const QCommandLineOption rowsOnlyOption(QStringLiteral("rows-only"), QStringLiteral("Print table rows without the header."));
    parser.addOptions({backendOption, proxyOption, requestsOption, warmupOption, concurrencyOption, longDeltasOption, imageKbOption,
                       imageDeltasOption, longRunsOption, writeFixturesOption, proxyPidOption, rowsOnlyOption});
    parser.process(app);

    const auto intValue = [&parser](const QCommandLineOption &option, int min) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min)
            die(QStringLiteral("--%1 needs a number >= %2").arg(option.names().first()).arg(min));
        return value;
    };
    const int longDeltas = intValue(longDeltasOption, 1);
    const int imageDeltas = intValue(imageDeltasOption, 1);
    const qsizetype imageBytes = qsizetype(intValue(imageKbOption, 1)) * 1000;
    if (parser.isSet(writeFixturesOption)) {
        const QDir dir(parser.value(writeFixturesOption));
        writeFixture(dir.filePath(QStringLiteral("bench-long-text.chunks.txt")), SyntheticTraffic::longTextResponse(longDeltas));
        writeFixture(dir.filePath(QStringLiteral("bench-image-echo.chunks.txt")), SyntheticTraffic::imageEchoResponse(imageDeltas, imageBytes));
        return 0;
    }
    if (!parser.isSet(backendOption) || !parser.isSet(proxyOption))
        die(QStringLiteral("--backend and --proxy are required"));
    const int requests = intValue(requestsOption, 1);
    const int warmup = intValue(warmupOption, 0);
    const int concurrency = intValue(concurrencyOption, 1);
    const int longRuns = intValue(longRunsOption, 0);
    const Endpoint backend = endpointOf(parser.value(backendOption));
    const Endpoint proxy = endpointOf(parser.value(proxyOption));
    const qint64 proxyPid = parser.value(proxyPidOption).toLongLong();

    FakeBackendControl control(backend.host, backend.port);
    HttpBenchClient proxySetup(proxy.host, proxy.port);
    BenchReport report;
    QString problem;

    // --- short streaming requests -------------------------------------------------------------------------
    const QString answer = QStringLiteral("Hello! I am the benchmark's fake model, answering in one short sentence of about forty words "
                                          "so that the reply has a few deltas, a reasoning item and the usual done events, like a "
                                          "typical short answer in a coding session.");
    if (!control.reset(&problem)
        || !control.setRules(QJsonArray{QJsonObject{{QStringLiteral("reply"), QJsonObject{{QStringLiteral("text"), answer}}}}}, &problem))
        die(problem);
    const HttpBenchClient::Request viaProxy = BenchRequests::anthropicMessages(true);
    const HttpBenchClient::Result first = proxySetup.sendAndWait(viaProxy);
    if (!first.ok() || first.firstContentNs < 0)
        die(QStringLiteral("the proxy request failed: status %1 %2 %3").arg(first.status).arg(first.error, QString::fromUtf8(first.body.left(500))));
    HttpBenchClient::Request direct;
    if (!control.lastUpstreamRequest(&direct, &problem))
        die(problem);

    AlternatingRun run(backend, proxy, concurrency);
    err() << "warm-up: " << warmup << " requests per side\n";
    err().flush();
    if (warmup > 0)
        run.run(direct, viaProxy, warmup);
    err() << "measuring: " << requests << " requests per side, concurrency " << concurrency << '\n';
    err().flush();
    const double cpuBefore = ProcessStats::cpuSeconds(proxyPid);
    run.run(direct, viaProxy, requests);
    const double cpuAfter = ProcessStats::cpuSeconds(proxyPid);

    const QString testCase = QStringLiteral("%1 streaming requests per side, short answer (~20 events), keep-alive, concurrency %2; "
                                            "baseline = the same upstream request sent straight to the fake")
                                 .arg(BenchReport::number(requests))
                                 .arg(concurrency);
    const struct
    {
        const char *name;
        SampleStats AlternatingRun::Samples::*member;
        bool target;
    } metrics[] = {
        {"time to first byte (TTFB)", &AlternatingRun::Samples::firstByte, true},
        {"time to first text delta", &AlternatingRun::Samples::firstContent, false},
        {"time to last byte", &AlternatingRun::Samples::lastByte, true},
    };
    const QString latencyTarget = QStringLiteral("added <= 1 ms at p50, <= 5 ms at p99");
    for (const auto &metric : metrics) {
        const SampleStats &d = run.direct().*metric.member;
        const SampleStats &p = run.proxy().*metric.member;
        const QString name = QLatin1String(metric.name);
        report.addRow(QStringLiteral("latency"), testCase, name + QStringLiteral(" p50 / p90 / p99 via proxy"), triple(p),
                      QStringLiteral("direct: ") + triple(d));
        report.addRow(QStringLiteral("latency"), testCase, name + QStringLiteral(" added by the proxy, p50 / p90 / p99"),
                      addedTriple(p, d), QString(), metric.target ? latencyTarget : QString());
        err() << name << ": direct " << triple(d) << ", proxy " << triple(p) << ", added " << addedTriple(p, d) << '\n';
    }
    if (cpuBefore >= 0 && cpuAfter >= 0) {
        report.addRow(QStringLiteral("latency"), testCase, QStringLiteral("proxy CPU time (user + sys) per request"),
                      QStringLiteral("%1 ms").arg((cpuAfter - cpuBefore) * 1e3 / requests, 0, 'f', 2));
    }
    err().flush();

    // --- long streams ------------------------------------------------------------------------------------
    if (longRuns > 0) {
        benchLongStream(report, control, backend, proxy, proxyPid,
                        LongStream{QStringLiteral("bench-long-text"),
                                   QStringLiteral("long text stream: %1 text deltas").arg(BenchReport::number(longDeltas)),
                                   viaProxy, BenchRequests::DirectTextMarker, BenchRequests::ProxyTextMarker, longDeltas},
                        longRuns);
        benchLongStream(report, control, backend, proxy, proxyPid,
                        LongStream{QStringLiteral("bench-image-echo"),
                                   QStringLiteral("request with a %1 base64 image, answered by a tool call echoing it in %2 argument deltas")
                                       .arg(BenchReport::megabytes(double(imageBytes)), BenchReport::number(imageDeltas)),
                                   BenchRequests::anthropicMessages(true, SyntheticTraffic::imageBase64(imageBytes)),
                                   BenchRequests::DirectArgsMarker, BenchRequests::ProxyArgsMarker, imageDeltas},
                        longRuns);
        if (!control.reset(&problem))
            die(problem);
    }

    report.print(parser.isSet(rowsOnlyOption));
    return 0;
}
