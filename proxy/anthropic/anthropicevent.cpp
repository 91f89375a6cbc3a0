#include "anthropicevent.h"

#include <QJsonDocument>

QByteArray AnthropicEvent::toSse() const
{
    const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    QByteArray sse;
    sse.reserve(name.size() + json.size() + 17);
    sse.append("event: ", 7).append(name).append("\ndata: ", 7).append(json).append("\n\n", 2);
    return sse;
}
