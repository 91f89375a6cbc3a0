#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

// Incremental Server-Sent Events parser. Bytes are fed as they arrive, split anywhere; complete events are
// delivered through the callback. Lines may be arbitrarily long (a base64 image or a reasoning blob can make
// one `data:` line tens of megabytes), so the parser never copies the unparsed tail more than once per feed.
class SseParser
{
public:
    struct Event
    {
        QByteArray name; // from `event:`; empty when not given
        QByteArray data; // `data:` lines joined with '\n'
    };
    using Callback = std::function<void(Event &&event)>;

    explicit SseParser(Callback callback, qint64 maxEventBytes = 256ll * 1024 * 1024);

    // Returns false once the event being accumulated exceeds maxEventBytes (the stream must then be failed).
    bool feed(QByteArrayView bytes);
    // End of stream: an event not terminated by a blank line is still delivered (servers that end without it).
    void finish();
    bool overflowed() const { return m_overflow; }

private:
    void processLine(QByteArrayView line);
    void dispatch();

    Callback m_callback;
    qint64 m_maxEventBytes;
    QByteArray m_buffer;    // unconsumed bytes (an incomplete line)
    qsizetype m_scanFrom = 0; // where to continue looking for a newline in m_buffer
    QByteArray m_eventName;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_lastWasCR = false;
    bool m_overflow = false;
};
