#include "sseparser.h"

SseParser::SseParser(Callback callback, qint64 maxEventBytes)
    : m_callback(std::move(callback))
    , m_maxEventBytes(maxEventBytes)
{
}

bool SseParser::feed(QByteArrayView bytes)
{
    if (m_overflow)
        return false;
    // An empty read says nothing, in particular not whether a CR at the end of the last one starts a CRLF.
    if (bytes.isEmpty())
        return true;
    // A CR at the end of the previous feed may be the first half of CRLF.
    if (m_lastWasCR && bytes.front() == '\n')
        bytes = bytes.sliced(1);
    m_lastWasCR = false;

    qsizetype pos = 0;
    // Fast path: nothing buffered, process complete lines straight from the input without copying.
    if (m_buffer.isEmpty()) {
        while (pos < bytes.size()) {
            qsizetype eol = -1;
            for (qsizetype i = pos; i < bytes.size(); ++i) {
                const char c = bytes[i];
                if (c == '\n' || c == '\r') {
                    eol = i;
                    break;
                }
            }
            if (eol < 0)
                break;
            processLine(bytes.sliced(pos, eol - pos));
            if (bytes[eol] == '\r') {
                if (eol + 1 < bytes.size()) {
                    if (bytes[eol + 1] == '\n')
                        ++eol;
                } else {
                    m_lastWasCR = true;
                }
            }
            pos = eol + 1;
        }
        if (pos < bytes.size()) {
            m_buffer.append(bytes.sliced(pos));
            m_scanFrom = 0;
        }
    } else {
        m_buffer.append(bytes);
        qsizetype start = 0;
        qsizetype i = m_scanFrom;
        while (i < m_buffer.size()) {
            const char c = m_buffer.at(i);
            if (c == '\n' || c == '\r') {
                processLine(QByteArrayView(m_buffer).sliced(start, i - start));
                if (c == '\r') {
                    if (i + 1 < m_buffer.size()) {
                        if (m_buffer.at(i + 1) == '\n')
                            ++i;
                    } else {
                        m_lastWasCR = true;
                    }
                }
                start = i + 1;
            }
            ++i;
        }
        m_buffer.remove(0, start);
        m_scanFrom = m_buffer.size();
    }
    if (m_buffer.size() + m_data.size() > m_maxEventBytes)
        m_overflow = true;
    return !m_overflow;
}

void SseParser::finish()
{
    if (m_overflow)
        return;
    if (!m_buffer.isEmpty()) {
        processLine(m_buffer);
        m_buffer.clear();
    }
    dispatch();
}

void SseParser::processLine(QByteArrayView line)
{
    if (line.isEmpty()) {
        dispatch();
        return;
    }
    if (line.front() == ':')
        return; // comment / keep-alive
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
        if (m_data.size() > m_maxEventBytes)
            m_overflow = true;
    } else if (field == "event") {
        m_eventName = value.toByteArray();
    }
    // `id:` and `retry:` have no meaning for a single upstream response.
}

void SseParser::dispatch()
{
    if (!m_hasData) {
        m_eventName.clear();
        return;
    }
    Event ev{std::move(m_eventName), std::move(m_data)};
    m_eventName = QByteArray();
    m_data = QByteArray();
    m_hasData = false;
    if (!m_overflow)
        m_callback(std::move(ev));
}
