#pragma once

#include <QByteArray>
#include <QJsonObject>

// One Anthropic Messages API stream event. `name` is always data["type"]; it is kept separately so the
// SSE writer and the aggregator can dispatch without a JSON lookup.
struct AnthropicEvent
{
    QByteArray name;
    QJsonObject data;

    // "event: <name>\ndata: <compact json>\n\n"
    QByteArray toSse() const;
};
