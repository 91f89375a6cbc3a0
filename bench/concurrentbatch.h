#pragma once

#include "benchrequests.h"
#include "httpbenchclient.h"
#include "samplestats.h"

#include <QByteArray>
#include <QString>

// Sends `total` copies of one request over `connections` keep-alive connections at once (each connection sends
// its next request when the previous answer is complete), waits for every answer, and meanwhile samples the
// resident memory of a watched process. With total == connections every request is in flight at the same time.
class ConcurrentBatch
{
public:
    struct Outcome
    {
        SampleStats firstByteNs;
        SampleStats lastByteNs;
        int succeeded = 0;
        int errors = 0;
        QString firstError;
        qint64 peakResidentKb = -1; // of the watched process, sampled every 10 ms
        double seconds = 0;         // wall time of the whole batch
        qint64 bytesReceived = 0;   // body bytes of the answers that succeeded
    };

    struct Params
    {
        BenchRequests::Endpoint endpoint;
        HttpBenchClient::Request request;
        int total = 1;
        int connections = 1;
        QByteArray mustContain; // an answer without it counts as an error (e.g. the stream's terminal event)
        qint64 watchPid = -1;   // 0: this process; < 0: none
        int timeoutMs = 300000;
    };

    static Outcome run(const Params &params);
};
