// bench_latency: what the proxy adds to a streaming request, measured against the fake Codex backend.
//
// The same backend answers both ways in the same run, alternating request by request:
//   direct  POST <backend>/backend-api/codex/responses: a replay of the exact upstream request (headers and
//           body) the proxy made for the warm-up request, read back from the fake's control API
//   proxy   POST <proxy>/v1/messages with "stream": true (what Claude Code sends)
// For each request: time to the first body byte, to the first text delta, and to the last byte, with
// p50/p90/p99 over --requests requests per side. Then one long stream (a fixture of --long-deltas text deltas,
// written with --write-long-fixture and served by the fake with --fixtures) read directly and through the
// proxy: events per second end to end.
//
// Later extensions fit the same loop: --concurrency runs several client pairs at once.

#include "benchreport.h"
#include "httpbenchclient.h"
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
    err() << "error: " << message << '\n';
    err().flush();
    std::exit(1);
}

const QByteArray DirectTextMarker = QByteArrayLiteral("event: response.output_text.delta\n");
const QByteArray ProxyTextMarker = QByteArrayLiteral("\"type\":\"text_delta\"");
const QByteArray BenchSessionId = QByteArrayLiteral("5b0d6a8e-3c1f-4e2a-9d7b-8f6e5c4b3a21");

struct Endpoint
{
    QString host;
    quint16 port = 0;
};

Endpoint endpointOf(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("http") || parsed.port() <= 0)
        die(QStringLiteral("not an http://host:port URL: %1").arg(url));
    return Endpoint{parsed.host(), quint16(parsed.port())};
}

HttpBenchClient::Request controlRequest(const QByteArray &method, const QByteArray &route, const QByteArray &body = {})
{
    HttpBenchClient::Request request;
    request.method = method;
    request.path = "/__control/" + route;
    if (!body.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body;
    return request;
}

void control(HttpBenchClient &backend, const QByteArray &route, const QJsonValue &body)
{
    const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    const HttpBenchClient::Result result = backend.sendAndWait(controlRequest("POST", route, bytes));
    if (!result.ok())
        die(QStringLiteral("fake backend control %1 failed: %2 %3").arg(QString::fromLatin1(route)).arg(result.status).arg(result.error));
}

HttpBenchClient::Request proxyRequest()
{
    HttpBenchClient::Request request;
    request.path = QByteArrayLiteral("/v1/messages");
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01")},
                       {QByteArrayLiteral("x-api-key"), QByteArrayLiteral("bench")},
                       {QByteArrayLiteral("x-claude-code-session-id"), BenchSessionId},
                       {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("claude-cli/2.0.0 (external, cli)")}};
    const QJsonObject body{
        {QStringLiteral("model"), QStringLiteral("claude-sonnet-4-5")},
        {QStringLiteral("max_tokens"), 1024},
        {QStringLiteral("stream"), true},
        {QStringLiteral("system"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                          {QStringLiteral("text"), QStringLiteral("You are Claude Code, Anthropic's official CLI for Claude.")}}}},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), QStringLiteral("Say hello in one sentence.")}}}},
    };
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentMarker = ProxyTextMarker;
    return request;
}

// The upstream request the proxy made last, as the fake backend recorded it, turned into a direct request.
HttpBenchClient::Request directRequestFromLastUpstream(HttpBenchClient &backend)
{
    const HttpBenchClient::Result result = backend.sendAndWait(controlRequest("GET", "requests"));
    if (!result.ok())
        die(QStringLiteral("cannot read the fake backend's request log: %1 %2").arg(result.status).arg(result.error));
    const QJsonArray records = QJsonDocument::fromJson(result.body).array();
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        const QJsonObject record = records.at(i).toObject();
        if (record.value(QLatin1String("path")).toString() != QLatin1String("/backend-api/codex/responses"))
            continue;
        if (record.contains(QLatin1String("violation")))
            die(QStringLiteral("the fake backend rejected the proxy's request: %1").arg(record.value(QLatin1String("violation")).toString()));
        HttpBenchClient::Request request;
        request.path = QByteArrayLiteral("/backend-api/codex/responses");
        const QJsonObject headers = record.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            // Framing headers are the client's own; the body is sent uncompressed.
            static const QStringList skipped{QStringLiteral("host"), QStringLiteral("content-length"), QStringLiteral("connection"),
                                             QStringLiteral("content-encoding"), QStringLiteral("transfer-encoding")};
            if (skipped.contains(it.key()))
                continue;
            request.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
        }
        request.body = QJsonDocument(record.value(QLatin1String("body")).toObject()).toJson(QJsonDocument::Compact);
        request.contentMarker = DirectTextMarker;
        return request;
    }
    die(QStringLiteral("the fake backend saw no /responses request from the proxy"));
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

// CPU time (user + system) a process has used so far, in seconds; < 0 when unknown (not Linux, no such pid).
double processCpuSeconds(qint64 pid)
{
    if (pid <= 0)
        return -1;
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the command name (which may contain spaces) start after the last ')'; utime and stime are
    // fields 14 and 15 of the whole line, i.e. 12 and 13 after it.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}

int writeLongFixture(const QString &file, int deltas)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
    out.write(SyntheticTraffic::toFixture(SyntheticTraffic::longTextResponse(deltas)));
    if (!out.commit())
        die(QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
    return 0;
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
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Measured requests per side."), QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"), QStringLiteral("Unmeasured requests per side first."), QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QStringLiteral("Client pairs running at once."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption longFixtureOption(QStringLiteral("long-fixture"), QStringLiteral("Fixture name of the long stream (empty: skip)."), QStringLiteral("name"), QStringLiteral("bench-long-text"));
    const QCommandLineOption longDeltasOption(QStringLiteral("long-deltas"), QStringLiteral("Text deltas in the long stream."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption longRunsOption(QStringLiteral("long-runs"), QStringLiteral("Long-stream requests per side."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption writeFixtureOption(QStringLiteral("write-long-fixture"), QStringLiteral("Write the long-stream fixture (one event per line) to FILE and exit."), QStringLiteral("file"));
    const QCommandLineOption proxyPidOption(QStringLiteral("proxy-pid"), QStringLiteral("Process id of the proxy: also report its CPU time per request (Linux)."), QStringLiteral("pid"));
    const QCommandLineOption rowsOnlyOption(QStringLiteral("rows-only"), QStringLiteral("Print table rows without the header."));
    parser.addOptions({backendOption, proxyOption, requestsOption, warmupOption, concurrencyOption, longFixtureOption,
                       longDeltasOption, longRunsOption, writeFixtureOption, proxyPidOption, rowsOnlyOption});
    parser.process(app);

    const auto intValue = [&parser](const QCommandLineOption &option, int min) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min)
            die(QStringLiteral("--%1 needs a number >= %2").arg(option.names().first()).arg(min));
        return value;
    };
    const int longDeltas = intValue(longDeltasOption, 1);
    if (parser.isSet(writeFixtureOption))
        return writeLongFixture(parser.value(writeFixtureOption), longDeltas);
    if (!parser.isSet(backendOption) || !parser.isSet(proxyOption))
        die(QStringLiteral("--backend and --proxy are required"));
    const int requests = intValue(requestsOption, 1);
    const int warmup = intValue(warmupOption, 0);
    const int concurrency = intValue(concurrencyOption, 1);
    const int longRuns = intValue(longRunsOption, 1);
    const Endpoint backend = endpointOf(parser.value(backendOption));
    const Endpoint proxy = endpointOf(parser.value(proxyOption));
    const qint64 proxyPid = parser.value(proxyPidOption).toLongLong();

    HttpBenchClient backendControl(backend.host, backend.port);
    HttpBenchClient proxySetup(proxy.host, proxy.port);
    BenchReport report;

    // --- short streaming requests -------------------------------------------------------------------------
    control(backendControl, "reset", QJsonObject());
    const QString answer = QStringLiteral("Hello! I am the benchmark's fake model, answering in one short sentence of about forty words "
                                          "so that the reply has a few deltas, a reasoning item and the usual done events, like a "
                                          "typical short answer in a coding session.");
    control(backendControl, "rules", QJsonArray{QJsonObject{{QStringLiteral("reply"), QJsonObject{{QStringLiteral("text"), answer}}}}});
    const HttpBenchClient::Request viaProxy = proxyRequest();
    const HttpBenchClient::Result first = proxySetup.sendAndWait(viaProxy);
    if (!first.ok() || first.firstContentNs < 0)
        die(QStringLiteral("the proxy request failed: status %1 %2 %3").arg(first.status).arg(first.error, QString::fromUtf8(first.body.left(500))));
    const HttpBenchClient::Request direct = directRequestFromLastUpstream(backendControl);

    AlternatingRun run(backend, proxy, concurrency);
    err() << "warm-up: " << warmup << " requests per side\n";
    err().flush();
    if (warmup > 0)
        run.run(direct, viaProxy, warmup);
    err() << "measuring: " << requests << " requests per side, concurrency " << concurrency << '\n';
    err().flush();
    const double cpuBefore = processCpuSeconds(proxyPid);
    run.run(direct, viaProxy, requests);
    const double cpuAfter = processCpuSeconds(proxyPid);

    const QString testCase = QStringLiteral("%1 streaming requests per side, short answer, keep-alive, concurrency %2")
                                 .arg(BenchReport::number(requests))
                                 .arg(concurrency);
    const struct
    {
        const char *name;
        SampleStats AlternatingRun::Samples::*member;
    } metrics[] = {
        {"first body byte", &AlternatingRun::Samples::firstByte},
        {"first text delta", &AlternatingRun::Samples::firstContent},
        {"last byte", &AlternatingRun::Samples::lastByte},
    };
    for (const auto &metric : metrics) {
        const SampleStats &d = run.direct().*metric.member;
        const SampleStats &p = run.proxy().*metric.member;
        const QString name = QLatin1String(metric.name);
        report.addRow(QStringLiteral("latency"), testCase, name + QStringLiteral(" p50/p90/p99, direct"), triple(d));
        report.addRow(QStringLiteral("latency"), testCase, name + QStringLiteral(" p50/p90/p99, via proxy"), triple(p));
        report.addRow(QStringLiteral("latency"), testCase, name + QStringLiteral(" added by the proxy"), addedTriple(p, d));
        err() << name << ": direct " << triple(d) << ", proxy " << triple(p) << ", added " << addedTriple(p, d) << '\n';
    }
    if (cpuBefore >= 0 && cpuAfter >= 0) {
        report.addRow(QStringLiteral("latency"), testCase, QStringLiteral("proxy CPU time (user + sys) per request"),
                      QStringLiteral("%1 ms").arg((cpuAfter - cpuBefore) * 1e3 / requests, 0, 'f', 2));
    }
    err().flush();

    // --- one long stream ---------------------------------------------------------------------------------
    const QString longFixture = parser.value(longFixtureOption);
    if (!longFixture.isEmpty()) {
        control(backendControl, "rules",
                QJsonArray{QJsonObject{{QStringLiteral("reply"), QJsonObject{{QStringLiteral("fixture"), longFixture},
                                                                            {QStringLiteral("response"), 0}}}}});
        HttpBenchClient directClient(backend.host, backend.port);
        HttpBenchClient proxyClient(proxy.host, proxy.port);
        SampleStats directSeconds;
        SampleStats proxySeconds;
        double proxyCpuSeconds = 0;
        qint64 upstreamEvents = 0;
        qint64 directBytes = 0;
        qint64 proxyBytes = 0;
        QStringList retried;
        for (int i = 0; i < longRuns; ++i) {
            err() << "long stream run " << (i + 1) << '/' << longRuns << '\n';
            err().flush();
            // A long stream that breaks off is retried once (and reported), so that one dropped connection on a
            // busy machine does not cost the whole run; a second failure ends the benchmark.
            const auto sendLong = [&](HttpBenchClient &client, const HttpBenchClient::Request &request, const char *side) {
                for (int attempt = 1;; ++attempt) {
                    const HttpBenchClient::Result result = client.sendAndWait(request, 600000);
                    if (result.ok())
                        return result;
                    const QString problem = QStringLiteral("long stream, %1: status %2, %3 after %4 ms and %5 body bytes")
                                                .arg(QLatin1String(side))
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
            const qint64 directDeltas = d.body.count(DirectTextMarker);
            if (directDeltas != longDeltas)
                die(QStringLiteral("the fake backend sent %1 text deltas, expected %2 (was it started with the bench fixtures?)")
                        .arg(directDeltas)
                        .arg(longDeltas));
            const double streamCpuBefore = processCpuSeconds(proxyPid);
            const HttpBenchClient::Result p = sendLong(proxyClient, viaProxy, "via proxy");
            proxyCpuSeconds += processCpuSeconds(proxyPid) - streamCpuBefore;
            const qint64 proxyDeltas = p.body.count(ProxyTextMarker);
            if (proxyDeltas != longDeltas || !p.body.contains("event: message_stop"))
                die(QStringLiteral("the proxy sent %1 text deltas (expected %2) or no message_stop").arg(proxyDeltas).arg(longDeltas));
            directSeconds.add(double(d.lastByteNs) / 1e9);
            proxySeconds.add(double(p.lastByteNs) / 1e9);
            directBytes = d.body.size();
            proxyBytes = p.body.size();
        }
        const QString longCase = QStringLiteral("one long stream: %1 text deltas (%2 upstream events), best of %3")
                                     .arg(BenchReport::number(longDeltas), BenchReport::number(upstreamEvents))
                                     .arg(longRuns);
        const auto value = [&](const SampleStats &seconds, qint64 bytes) {
            return QStringLiteral("%1 upstream events/s (%2 s, median %3 s; %4 received)")
                .arg(BenchReport::rate(double(upstreamEvents) / seconds.min(), "").trimmed())
                .arg(seconds.min(), 0, 'f', 2)
                .arg(seconds.median(), 0, 'f', 2)
                .arg(BenchReport::megabytes(double(bytes)));
        };
        report.addRow(QStringLiteral("long stream"), longCase, QStringLiteral("direct from the fake backend"), value(directSeconds, directBytes));
        report.addRow(QStringLiteral("long stream"), longCase, QStringLiteral("through the proxy (Anthropic SSE)"), value(proxySeconds, proxyBytes));
        report.addRow(QStringLiteral("long stream"), longCase, QStringLiteral("proxy time / direct time"),
                      QStringLiteral("%1x").arg(proxySeconds.min() / directSeconds.min(), 0, 'f', 2));
        for (const QString &problem : std::as_const(retried))
            report.addRow(QStringLiteral("long stream"), longCase, QStringLiteral("retried once (not counted)"), problem);
        if (proxyPid > 0) {
            const double perEvent = proxyCpuSeconds / longRuns / double(upstreamEvents);
            report.addRow(QStringLiteral("long stream"), longCase, QStringLiteral("proxy CPU time (user + sys) per upstream event"),
                          QStringLiteral("%1 µs (= %2 events/s per core)")
                              .arg(perEvent * 1e6, 0, 'f', 1)
                              .arg(BenchReport::rate(1.0 / perEvent, "").trimmed()));
        }
        err() << "long stream: direct " << value(directSeconds, directBytes) << ", proxy " << value(proxySeconds, proxyBytes) << '\n';
        err().flush();
        control(backendControl, "reset", QJsonObject());
    }

    report.print(parser.isSet(rowsOnlyOption));
    return 0;
}
