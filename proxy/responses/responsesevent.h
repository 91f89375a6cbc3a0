#pragma once

#include <QByteArray>
#include <QJsonObject>

// One upstream Responses API stream event: `type` is data["type"] (falls back to the SSE `event:` name).
struct ResponsesEvent
{
    QByteArray type;
    QJsonObject data;
};
