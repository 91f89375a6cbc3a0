#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// What the proxy remembers of one finished API request: for the request log line, usage statistics and the
// UI. Never a token, never prompt or answer content.
struct RequestRecord
{
    QByteArray method;
    QByteArray path;
    QString clientModel;
    QString upstreamModel;
    QString account;      // account label (email)
    int status = 0;       // HTTP status sent to the client (200 for a stream that later failed in-stream)
    bool streamed = false;
    bool failedInStream = false;
    qint64 durationMs = 0;
    qint64 firstByteMs = -1; // time to the first byte sent to the client
    qint64 inputTokens = 0;  // including cached
    qint64 cachedTokens = 0;
    qint64 outputTokens = 0;
    int attempts = 0;

    QString toLogLine() const;
};
Q_DECLARE_METATYPE(RequestRecord)
