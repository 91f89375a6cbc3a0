#pragma once

#include "httpbenchclient.h"

#include <QByteArray>
#include <QString>

// The requests the network benchmarks send: what Claude Code sends to the proxy, and where to reach things.
class BenchRequests
{
public:
    struct Endpoint
    {
        QString host;
        quint16 port = 0;
        bool isValid() const { return port != 0; }
    };

    // http://host:port -> Endpoint; invalid for anything else.
    static Endpoint endpointOf(const QString &url);

    // POST /v1/messages with Claude Code's headers and a short conversation; with a non-empty image, the user
    // message also carries it as a base64 PNG block. contentMarker is the first text (or tool-argument) delta.
    static HttpBenchClient::Request anthropicMessages(bool stream, const QByteArray &imageBase64 = QByteArray());

    // Markers of the first output delta in each kind of stream.
    static const QByteArray DirectTextMarker;  // Responses SSE: response.output_text.delta
    static const QByteArray ProxyTextMarker;   // Anthropic SSE: text_delta
    static const QByteArray DirectArgsMarker;  // Responses SSE: response.function_call_arguments.delta
    static const QByteArray ProxyArgsMarker;   // Anthropic SSE: input_json_delta
};
