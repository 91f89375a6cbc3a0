#pragma once

#include "core/apierror.h"
#include "responses/responsesevent.h"
#include "upstream/upstreamfailure.h"

#include <QByteArray>

// The client-API side of one exchange: turns upstream events into what a client of one API (Anthropic Messages
// or OpenAI Chat Completions) receives, streamed (SSE bytes) or aggregated (one JSON body). ProxyExchange runs the
// same retry/error policy over either implementation.
class ClientStream
{
public:
    struct Usage
    {
        qint64 inputTokens = 0; // including cached
        qint64 cachedTokens = 0;
        qint64 outputTokens = 0;
    };

    virtual ~ClientStream() = default;

    virtual ApiError::Flavor flavor() const = 0;
    virtual void feed(const ResponsesEvent &event) = 0;
    // Upstream EOF.
    virtual void finish() = 0;
    // A failure outside the stream (network, timeout): ends the translation.
    virtual void fail(const UpstreamFailure &failure) = 0;

    virtual bool isTerminated() const = 0;
    // Something client-visible was produced (only then must a later failure be reported in-stream).
    virtual bool hasStarted() const = 0;
    virtual bool hasFailed() const = 0;
    virtual const UpstreamFailure &failure() const = 0;
    virtual Usage usage() const = 0;

    // Streaming: the SSE bytes produced since the last call (including, after a failure that followed output,
    // the API's error event and, for a clean end, any trailer such as "data: [DONE]").
    virtual QByteArray takeSse() = 0;
    // Non-streaming: the whole reply once terminated without failure.
    virtual QByteArray finalBody() const = 0;
};
