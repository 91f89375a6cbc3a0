#include "concurrentbatch.h"

#include "processstats.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <vector>

ConcurrentBatch::Outcome ConcurrentBatch::run(const Params &params)
{
    Outcome outcome;
    std::vector<std::unique_ptr<HttpBenchClient>> clients;
    int sent = 0;
    int pending = 0;
    QEventLoop loop;
    QElapsedTimer wall;

    const auto sample = [&] {
        if (params.watchPid >= 0)
            outcome.peakResidentKb = qMax(outcome.peakResidentKb, ProcessStats::residentKb(params.watchPid));
    };
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, sample);
    sampler.start(10);

    const auto sendNext = [&](HttpBenchClient *client) {
        if (sent >= params.total)
            return;
        ++sent;
        ++pending;
        client->send(params.request);
    };
    for (int i = 0; i < qMin(params.connections, params.total); ++i) {
        clients.push_back(std::make_unique<HttpBenchClient>(params.endpoint.host, params.endpoint.port));
        HttpBenchClient *client = clients.back().get();
        QObject::connect(client, &HttpBenchClient::finished, client, [&, client](const HttpBenchClient::Result &result) {
            --pending;
            const bool complete = result.ok() && (params.mustContain.isEmpty() || result.body.contains(params.mustContain));
            if (complete) {
                ++outcome.succeeded;
                outcome.bytesReceived += result.body.size();
                outcome.firstByteNs.add(double(result.firstByteNs));
                outcome.lastByteNs.add(double(result.lastByteNs));
            } else {
                ++outcome.errors;
                if (outcome.firstError.isEmpty()) {
                    outcome.firstError = QStringLiteral("status %1 %2 %3")
                                             .arg(result.status)
                                             .arg(result.error, QString::fromUtf8(result.body.left(300)));
                }
            }
            // Queued, so the client finishes its own bookkeeping before it is reused.
            QMetaObject::invokeMethod(client, [&, client] {
                sendNext(client);
                if (pending == 0)
                    loop.quit();
            }, Qt::QueuedConnection);
        });
    }
    wall.start();
    for (const auto &client : clients)
        sendNext(client.get());
    QTimer::singleShot(params.timeoutMs, &loop, [&] {
        outcome.errors += params.total - outcome.succeeded - outcome.errors;
        if (outcome.firstError.isEmpty())
            outcome.firstError = QStringLiteral("timed out after %1 ms").arg(params.timeoutMs);
        loop.quit();
    });
    if (pending > 0)
        loop.exec();
    outcome.seconds = double(wall.nsecsElapsed()) / 1e9;
    sample();
    return outcome;
}
