// bench_load: concurrency, memory, backpressure, start-up and GUI-thread responsiveness of the proxy, against the
// fake Codex backend, each beside a baseline measured in the same run. One mode per invocation:
//
//   concurrency  N simultaneous streaming requests and M simultaneous short non-streaming ones through the proxy
//                (errors, p50/p99, peak RSS of the proxy) and the same numbers straight to the fake backend
//   memory       RSS of the proxy before and after K requests following a warm-up (leak check)
//   slow-client  one client reading a long stream at 1 KB/s: the proxy's RSS while it happens, and while a
//                normal client reads the same stream
//   startup      `codex-bridge serve` from exec to accepting a TCP connection (median of N), its idle RSS
//   lag          ProxyService in this process (the proxy on its worker thread, as in the tray app) under
//                concurrent streaming load: how late a timer fires on the main thread, idle vs loaded
//   tray         idle RSS of the tray app before its dashboard is opened, beside a bare Qt tray application
//                (TrayMemoryBench; needs a display with a tray)
//
// Table rows on stdout, progress on stderr (see docs/PERFORMANCE.md).

#include "benchreport.h"
#include "benchrequests.h"
#include "concurrentbatch.h"
#include "eventlooplagprobe.h"
#include "fakebackendcontrol.h"
#include "httpbenchclient.h"
#include "processstats.h"
#include "slowreader.h"
#include "traymemorybench.h"

#include "auth/accountstore.h"
#include "core/proxysettings.h"
#include "server/proxyservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void progress(const QString &message)
{
    err() << message << '\n';
    err().flush();
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

QString ms(double nanoseconds, int decimals = 2)
{
    return QStringLiteral("%1 ms").arg(nanoseconds / 1e6, 0, 'f', decimals);
}

QString mb(qint64 kb)
{
    return kb < 0 ? QStringLiteral("?") : QStringLiteral("%1 MB").arg(double(kb) / 1024.0, 0, 'f', 1);
}

QString signedMb(qint64 kb)
{
    return QStringLiteral("%1%2 MB").arg(kb >= 0 ? QStringLiteral("+") : QString()).arg(double(kb) / 1024.0, 0, 'f', 2);
}

const QString ShortAnswer = QStringLiteral("Hello! I am the benchmark's fake model, answering in one short sentence of about forty words "
                                           "so that the reply has a few deltas, a reasoning item and the usual done events, like a "
                                           "typical short answer in a coding session.");
const QByteArray ProxyStreamEnd = QByteArrayLiteral("event: message_stop");
const QByteArray DirectStreamEnd = QByteArrayLiteral("event: response.completed");
const QByteArray ProxyMessageBody = QByteArrayLiteral("\"type\":\"message\"");

// Short text answers from the fake, one request through the proxy, and its upstream request as the baseline.
HttpBenchClient::Request prepareShortAnswers(FakeBackendControl &control, const Endpoint &proxy)
{
    QString problem;
    if (!control.reset(&problem)
        || !control.setRules(QJsonArray{QJsonObject{{QStringLiteral("reply"), QJsonObject{{QStringLiteral("text"), ShortAnswer}}}}}, &problem))
        die(problem);
    HttpBenchClient client(proxy.host, proxy.port);
    const HttpBenchClient::Result first = client.sendAndWait(BenchRequests::anthropicMessages(true));
    if (!first.ok() || !first.body.contains(ProxyStreamEnd))
        die(QStringLiteral("the proxy request failed: status %1 %2 %3").arg(first.status).arg(first.error, QString::fromUtf8(first.body.left(500))));
    HttpBenchClient::Request direct;
    if (!control.lastUpstreamRequest(&direct, &problem))
        die(problem);
    return direct;
}

QString errorsValue(const ConcurrentBatch::Outcome &outcome, int total)
{
    QString value = QStringLiteral("%1 of %2").arg(outcome.errors).arg(BenchReport::number(total));
    if (outcome.errors > 0)
        value += QStringLiteral(" (first: %1)").arg(outcome.firstError.left(200).simplified().replace(QLatin1Char('|'), QLatin1Char('/')));
    return value;
}

QString latencyValue(const SampleStats &stats)
{
    return QStringLiteral("%1 / %2 / %3").arg(ms(stats.percentile(50), 1), ms(stats.percentile(99), 1), ms(stats.max(), 1));
}

// --- concurrency ---------------------------------------------------------------------------------------------

void benchConcurrency(BenchReport &report, const Endpoint &backend, const Endpoint &proxy, qint64 proxyPid, int streams, int shortRequests)
{
    FakeBackendControl control(backend.host, backend.port);
    const HttpBenchClient::Request direct = prepareShortAnswers(control, proxy);

    struct Case
    {
        QString label;
        HttpBenchClient::Request viaProxy;
        QByteArray proxyEnd;
        int count;
    };
    const Case cases[] = {
        {QStringLiteral("%1 simultaneous streaming requests (one connection each), short answer").arg(streams),
         BenchRequests::anthropicMessages(true), ProxyStreamEnd, streams},
        {QStringLiteral("%1 simultaneous short non-streaming requests (one connection each)").arg(BenchReport::number(shortRequests)),
         BenchRequests::anthropicMessages(false), ProxyMessageBody, shortRequests},
    };
    for (const Case &c : cases) {
        progress(QStringLiteral("concurrency: %1, straight to the fake").arg(c.label));
        const ConcurrentBatch::Outcome d = ConcurrentBatch::run({backend, direct, c.count, c.count, DirectStreamEnd, -1, 300000});
        progress(QStringLiteral("concurrency: %1, through the proxy").arg(c.label));
        const qint64 rssAtStart = ProcessStats::residentKb(proxyPid);
        const ConcurrentBatch::Outcome p = ConcurrentBatch::run({proxy, c.viaProxy, c.count, c.count, c.proxyEnd, proxyPid, 300000});
        const QString label = c.label + QStringLiteral("; baseline = the same upstream request straight to the fake (streamed: the backend always streams)");
        report.addRow(QStringLiteral("concurrency"), label, QStringLiteral("errors"), errorsValue(p, c.count),
                      QStringLiteral("direct: ") + errorsValue(d, c.count), QStringLiteral("0"));
        report.addRow(QStringLiteral("concurrency"), label, QStringLiteral("latency to last byte p50 / p99 / max (all in flight at once)"),
                      latencyValue(p.lastByteNs), QStringLiteral("direct: ") + latencyValue(d.lastByteNs), QStringLiteral("report p99"));
        report.addRow(QStringLiteral("concurrency"), label, QStringLiteral("wall time for the whole batch"),
                      QStringLiteral("%1 s").arg(p.seconds, 0, 'f', 2), QStringLiteral("direct: %1 s").arg(d.seconds, 0, 'f', 2));
        report.addRow(QStringLiteral("concurrency"), label, QStringLiteral("proxy peak RSS during the batch"), mb(p.peakResidentKb),
                      QStringLiteral("before the batch: ") + mb(rssAtStart), QStringLiteral("report"));
        progress(QStringLiteral("  proxy: %1 errors, p99 %2; direct: %3 errors, p99 %4; peak RSS %5")
                     .arg(p.errors).arg(ms(p.lastByteNs.percentile(99), 1)).arg(d.errors).arg(ms(d.lastByteNs.percentile(99), 1)).arg(mb(p.peakResidentKb)));
    }
}

// --- memory ----------------------------------------------------------------------------------------------------

void benchMemory(BenchReport &report, const Endpoint &backend, const Endpoint &proxy, qint64 proxyPid, int requests, int warmup,
                 int connections)
{
    if (proxyPid <= 0)
        die(QStringLiteral("memory needs --proxy-pid"));
    FakeBackendControl control(backend.host, backend.port);
    prepareShortAnswers(control, proxy);
    const HttpBenchClient::Request request = BenchRequests::anthropicMessages(true);
    progress(QStringLiteral("memory: warm-up, %1 requests").arg(warmup));
    ConcurrentBatch::run({proxy, request, warmup, connections, ProxyStreamEnd, -1, 600000});
    QThread::msleep(500);
    const qint64 afterWarmup = ProcessStats::residentKb(proxyPid);
    progress(QStringLiteral("memory: %1 requests").arg(requests));
    const ConcurrentBatch::Outcome run = ConcurrentBatch::run({proxy, request, requests, connections, ProxyStreamEnd, proxyPid, 1200000});
    QThread::msleep(500);
    const qint64 after = ProcessStats::residentKb(proxyPid);
    const QString label = QStringLiteral("%1 streaming requests (short answer, %2 keep-alive connections) after %3 warm-up requests")
                              .arg(BenchReport::number(requests)).arg(connections).arg(BenchReport::number(warmup));
    report.addRow(QStringLiteral("memory"), label, QStringLiteral("proxy RSS growth over the requests (errors: %1)").arg(run.errors),
                  signedMb(after - afterWarmup) + QStringLiteral(" (to %1; peak while running %2)").arg(mb(after), mb(run.peakResidentKb)),
                  QStringLiteral("RSS after warm-up: ") + mb(afterWarmup), QStringLiteral("< 2 MB growth"));
    progress(QStringLiteral("  RSS %1 -> %2").arg(mb(afterWarmup), mb(after)));
}

// --- slow client -----------------------------------------------------------------------------------------------

void benchSlowClient(BenchReport &report, const Endpoint &backend, const Endpoint &proxy, qint64 proxyPid, const QString &fixture,
                     int seconds, int bytesPerSecond)
{
    if (proxyPid <= 0)
        die(QStringLiteral("slow-client needs --proxy-pid"));
    FakeBackendControl control(backend.host, backend.port);
    QString problem;
    if (!control.reset(&problem)
        || !control.setRules(QJsonArray{QJsonObject{{QStringLiteral("reply"), QJsonObject{{QStringLiteral("fixture"), fixture},
                                                                                         {QStringLiteral("response"), 0}}}}},
                             &problem))
        die(problem);
    const HttpBenchClient::Request request = BenchRequests::anthropicMessages(true);

    // Baseline first: the same stream read at full speed (on a fresh proxy this is also what streaming at full
    // speed costs in memory; resident memory rarely shrinks afterwards).
    const qint64 rssBeforeFast = ProcessStats::residentKb(proxyPid);
    progress(QStringLiteral("slow client: the %1 stream read at full speed first").arg(fixture));
    const ConcurrentBatch::Outcome fast = ConcurrentBatch::run({proxy, request, 1, 1, ProxyStreamEnd, proxyPid, 600000});
    if (fast.errors > 0)
        die(QStringLiteral("the long stream failed: %1").arg(fast.firstError));
    QThread::msleep(300);

    const qint64 rssBefore = ProcessStats::residentKb(proxyPid);
    progress(QStringLiteral("slow client: reading the %1 stream at %2 B/s for %3 s").arg(fixture).arg(bytesPerSecond).arg(seconds));
    SlowReader reader;
    if (!reader.start(proxy.host, proxy.port, HttpBenchClient::serialize(proxy.host, proxy.port, request), bytesPerSecond, &problem))
        die(problem);
    qint64 peak = rssBefore;
    qint64 lastHalfMin = -1;
    qint64 lastHalfMax = -1;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < qint64(seconds) * 1000) {
        QThread::msleep(100);
        const qint64 rss = ProcessStats::residentKb(proxyPid);
        peak = qMax(peak, rss);
        if (clock.elapsed() > qint64(seconds) * 500) {
            lastHalfMin = lastHalfMin < 0 ? rss : qMin(lastHalfMin, rss);
            lastHalfMax = qMax(lastHalfMax, rss);
        }
    }
    const qint64 received = reader.bytesRead();
    const bool cut = reader.connectionClosed();
    reader.stop();

    const QString label = QStringLiteral("one client reading the %1 stream (%2 of SSE to the client) at %3 KB/s for %4 s "
                                         "(4 KB socket receive buffer)")
                              .arg(fixture, BenchReport::megabytes(double(fast.bytesReceived)))
                              .arg(bytesPerSecond / 1024.0, 0, 'f', 0)
                              .arg(seconds);
    report.addRow(QStringLiteral("memory"), label, QStringLiteral("proxy peak RSS while the client reads slowly (growth; second half min-max)"),
                  QStringLiteral("%1 (%2; %3-%4); client read %5 KB%6")
                      .arg(mb(peak), signedMb(peak - rssBefore), mb(lastHalfMin), mb(lastHalfMax))
                      .arg(received / 1024)
                      .arg(cut ? QStringLiteral(", then the proxy closed the connection") : QString()),
                  QStringLiteral("same stream read at full speed just before: peak %1 (%2)")
                      .arg(mb(fast.peakResidentKb), signedMb(fast.peakResidentKb - rssBeforeFast)),
                  QStringLiteral("bounded (the proxy stops reading upstream above 4 MB of unsent output)"));
    progress(QStringLiteral("  full speed: RSS %1 -> peak %2; slow: RSS %3 -> peak %4, client read %5 bytes")
                 .arg(mb(rssBeforeFast), mb(fast.peakResidentKb), mb(rssBefore), mb(peak))
                 .arg(received));
    if (!control.reset(&problem))
        die(problem);
}

// --- start-up --------------------------------------------------------------------------------------------------

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        die(QStringLiteral("no free port"));
    return server.serverPort();
}

bool canConnect(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in peer{};
    peer.sin_family = AF_INET;
    peer.sin_port = htons(port);
    peer.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr *>(&peer), sizeof peer) == 0;
    ::close(fd);
    return ok;
}

void benchStartup(BenchReport &report, const QString &bridge, int runs, qint64 ownRssKb)
{
    SampleStats ready;
    SampleStats versionExit;
    qint64 idleRss = -1;
    for (int i = 0; i < runs; ++i) {
        // Baseline: the same binary doing nothing but print its version (dynamic loading, Qt start-up, exit).
        QElapsedTimer clock;
        QProcess version;
        clock.start();
        version.start(bridge, {QStringLiteral("--version")});
        version.waitForFinished(10000);
        versionExit.add(double(clock.nsecsElapsed()));

        const quint16 port = freePort();
        QProcess serve;
        serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        clock.start();
        serve.start(bridge, {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port)});
        // Polling every 0.2 ms: the error is far below the figure.
        while (!canConnect(port)) {
            if (serve.state() == QProcess::NotRunning || clock.elapsed() > 10000)
                die(QStringLiteral("codex-bridge serve did not accept connections: %1").arg(QString::fromUtf8(serve.readAllStandardOutput())));
            ::usleep(200);
        }
        ready.add(double(clock.nsecsElapsed()));
        if (i == runs - 1) {
            QThread::msleep(2000);
            idleRss = ProcessStats::residentKb(serve.processId());
        }
        serve.terminate();
        serve.waitForFinished(10000);
    }
    const QString label = QStringLiteral("codex-bridge serve, one account, fake upstream; %1 runs").arg(runs);
    report.addRow(QStringLiteral("start-up"), label, QStringLiteral("exec to accepting a TCP connection, median (min-max)"),
                  QStringLiteral("%1 (%2-%3)").arg(ms(ready.median(), 1), ms(ready.min(), 1), ms(ready.max(), 1)),
                  QStringLiteral("`codex-bridge --version` exec to exit: %1").arg(ms(versionExit.median(), 1)), QStringLiteral("< 150 ms"));
    report.addRow(QStringLiteral("memory"), label, QStringLiteral("idle RSS of serve (2 s after start, no request yet)"), mb(idleRss),
                  QStringLiteral("a bare Qt Core + Network process (bench_load at start): ") + mb(ownRssKb), QStringLiteral("< 30 MB"));
    progress(QStringLiteral("start-up: median %1, idle RSS %2").arg(ms(ready.median(), 1), mb(idleRss)));
}

// --- event-loop lag --------------------------------------------------------------------------------------------

void benchLag(BenchReport &report, const Endpoint &backend, int streams, int batches, int idleSeconds)
{
    ProxySettings settings;
    if (!settings.load(AccountStore::defaultConfigDir()))
        die(settings.errorString());
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = 0;
    ProxyService service(settings);
    QString url;
    int finishedRecords = 0;
    QEventLoop waitStarted;
    QObject::connect(&service, &ProxyService::started, &waitStarted, [&](const QString &u) {
        url = u;
        waitStarted.quit();
    });
    QObject::connect(&service, &ProxyService::startFailed, [](const QString &error) { die(error); });
    // What the tray does with every finished request: take the record on the main thread.
    QObject::connect(&service, &ProxyService::requestFinished, [&finishedRecords](const RequestRecord &) { ++finishedRecords; });
    service.start();
    waitStarted.exec();
    const Endpoint proxy = endpointOf(url);

    FakeBackendControl control(backend.host, backend.port);
    prepareShortAnswers(control, proxy);

    EventLoopLagProbe probe(5);
    probe.start();
    progress(QStringLiteral("lag: idle for %1 s").arg(idleSeconds));
    QEventLoop idle;
    QTimer::singleShot(idleSeconds * 1000, &idle, &QEventLoop::quit);
    idle.exec();
    const SampleStats idleLag = probe.lagNs();
    probe.clear();

    // The load comes from another thread, so that the main thread runs only what the GUI thread would.
    progress(QStringLiteral("lag: %1 x %2 simultaneous streaming requests from a load thread").arg(batches).arg(streams));
    QThread loadThread;
    QObject loadContext;
    loadContext.moveToThread(&loadThread);
    loadThread.start();
    int errors = 0;
    QEventLoop loaded;
    QMetaObject::invokeMethod(&loadContext, [&] {
        for (int i = 0; i < batches; ++i) {
            const ConcurrentBatch::Outcome outcome =
                ConcurrentBatch::run({proxy, BenchRequests::anthropicMessages(true), streams, streams, ProxyStreamEnd, -1, 300000});
            errors += outcome.errors;
        }
        QMetaObject::invokeMethod(&loaded, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loaded.exec();
    const SampleStats loadLag = probe.lagNs();
    probe.stop();
    loadThread.quit();
    loadThread.wait();
    service.stop();

    const auto lagValue = [](const SampleStats &lag) {
        return QStringLiteral("%1 / %2 / %3 (%4 ticks)")
            .arg(ms(lag.percentile(50)), ms(lag.percentile(99)), ms(lag.max()))
            .arg(lag.count());
    };
    const QString label = QStringLiteral("ProxyService in-process (proxy on its worker thread, as in the tray app), %1 x %2 simultaneous "
                                         "streaming requests from another thread; a 5 ms timer on the main thread")
                              .arg(batches).arg(streams);
    report.addRow(QStringLiteral("concurrency"), label,
                  QStringLiteral("main-thread event-loop lag p50 / p99 / max under load (errors: %1, records received: %2)").arg(errors).arg(finishedRecords),
                  lagValue(loadLag), QStringLiteral("idle, same process: ") + lagValue(idleLag),
                  QStringLiteral("GUI stays responsive (lag well under a 16 ms frame)"));
    progress(QStringLiteral("  lag idle %1, loaded %2").arg(lagValue(idleLag), lagValue(loadLag)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_load"));
    const qint64 ownRssKb = ProcessStats::residentKb(0);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Concurrency, memory, backpressure, start-up and event-loop lag of the proxy."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("concurrency, memory, slow-client, startup, lag or tray"));
    const QCommandLineOption backendOption(QStringLiteral("backend"), QStringLiteral("Fake Codex backend base URL."), QStringLiteral("url"));
    const QCommandLineOption proxyOption(QStringLiteral("proxy"), QStringLiteral("codex-bridge serve URL."), QStringLiteral("url"));
    const QCommandLineOption proxyPidOption(QStringLiteral("proxy-pid"), QStringLiteral("Process id of the proxy (for its RSS)."), QStringLiteral("pid"));
    const QCommandLineOption bridgeOption(QStringLiteral("bridge"), QStringLiteral("codex-bridge binary (startup, tray)."), QStringLiteral("path"));
    const QCommandLineOption trayBaselineOption(QStringLiteral("baseline"), QStringLiteral("bench_traybaseline binary (tray)."), QStringLiteral("path"));
    const QCommandLineOption streamsOption(QStringLiteral("streams"), QStringLiteral("Simultaneous streaming requests."), QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption shortOption(QStringLiteral("short"), QStringLiteral("Simultaneous non-streaming requests."), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Requests of the memory run."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"), QStringLiteral("Warm-up requests of the memory run."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"), QStringLiteral("Connections of the memory run."), QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption fixtureOption(QStringLiteral("fixture"), QStringLiteral("Long-stream fixture for slow-client."), QStringLiteral("name"), QStringLiteral("bench-long-text"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Duration of slow-client."), QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Bytes per second the slow client reads."), QStringLiteral("n"), QStringLiteral("1024"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Start-ups to time."), QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption batchesOption(QStringLiteral("batches"), QStringLiteral("Load batches of the lag run."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption rowsOnlyOption(QStringLiteral("rows-only"), QStringLiteral("Print table rows without the header."));
    parser.addOptions({backendOption, proxyOption, proxyPidOption, bridgeOption, trayBaselineOption, streamsOption, shortOption, requestsOption, warmupOption,
                       connectionsOption, fixtureOption, secondsOption, rateOption, runsOption, batchesOption, rowsOnlyOption});
    parser.process(app);

    const auto intValue = [&parser](const QCommandLineOption &option, int min) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min)
            die(QStringLiteral("--%1 needs a number >= %2").arg(option.names().first()).arg(min));
        return value;
    };
    const auto endpoint = [&parser](const QCommandLineOption &option) {
        if (!parser.isSet(option))
            die(QStringLiteral("--%1 is required").arg(option.names().first()));
        return endpointOf(parser.value(option));
    };
    const QString mode = parser.positionalArguments().value(0);
    const qint64 proxyPid = parser.value(proxyPidOption).toLongLong();
    BenchReport report;
    if (mode == QLatin1String("concurrency")) {
        benchConcurrency(report, endpoint(backendOption), endpoint(proxyOption), proxyPid, intValue(streamsOption, 1), intValue(shortOption, 1));
    } else if (mode == QLatin1String("memory")) {
        benchMemory(report, endpoint(backendOption), endpoint(proxyOption), proxyPid, intValue(requestsOption, 1), intValue(warmupOption, 0),
                    intValue(connectionsOption, 1));
    } else if (mode == QLatin1String("slow-client")) {
        benchSlowClient(report, endpoint(backendOption), endpoint(proxyOption), proxyPid, parser.value(fixtureOption), intValue(secondsOption, 1),
                        intValue(rateOption, 1));
    } else if (mode == QLatin1String("startup")) {
        if (!parser.isSet(bridgeOption))
            die(QStringLiteral("startup needs --bridge"));
        benchStartup(report, parser.value(bridgeOption), intValue(runsOption, 1), ownRssKb);
    } else if (mode == QLatin1String("tray")) {
        if (!parser.isSet(bridgeOption) || !parser.isSet(trayBaselineOption))
            die(QStringLiteral("tray needs --bridge and --baseline"));
        TrayMemoryBench::run(report, {parser.value(bridgeOption), parser.value(trayBaselineOption), 5});
    } else if (mode == QLatin1String("lag")) {
        benchLag(report, endpoint(backendOption), intValue(streamsOption, 1), intValue(batchesOption, 1), 3);
    } else {
        die(QStringLiteral("unknown mode '%1' (concurrency, memory, slow-client, startup, lag, tray)").arg(mode));
    }
    report.print(parser.isSet(rowsOnlyOption));
    return 0;
}
