#include "httprequest.h"

namespace {

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

// application/x-www-form-urlencoded style: '+' is a space, then %XX.
QByteArray decodeQueryPart(QByteArrayView part)
{
    QByteArray bytes = part.toByteArray();
    bytes.replace('+', ' ');
    return QByteArray::fromPercentEncoding(bytes);
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView lowerName) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first) == lowerName)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView lowerName) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first) == lowerName)
            return true;
    }
    return false;
}

QString HttpRequest::queryItem(const QString &key) const
{
    const QByteArray wanted = key.toUtf8();
    const QByteArrayView q(query);
    qsizetype start = 0;
    while (start < q.size()) {
        qsizetype end = q.indexOf('&', start);
        if (end < 0)
            end = q.size();
        const QByteArrayView item = q.sliced(start, end - start);
        const qsizetype eq = item.indexOf('=');
        const QByteArrayView name = eq < 0 ? item : item.first(eq);
        if (!item.isEmpty() && decodeQueryPart(name) == wanted)
            return QString::fromUtf8(eq < 0 ? QByteArray() : decodeQueryPart(item.sliced(eq + 1)));
        start = end + 1;
    }
    return {};
}

bool HttpRequest::wantsKeepAlive() const
{
    bool close = false;
    bool keepAlive = false;
    for (const auto &h : headers) {
        if (h.first != "connection")
            continue;
        const QByteArrayView value(h.second);
        qsizetype start = 0;
        while (start <= value.size()) {
            qsizetype comma = value.indexOf(',', start);
            if (comma < 0)
                comma = value.size();
            const QByteArrayView token = trimmed(value.sliced(start, comma - start));
            if (equalsIgnoreCase(token, "close"))
                close = true;
            else if (equalsIgnoreCase(token, "keep-alive"))
                keepAlive = true;
            start = comma + 1;
        }
    }
    if (close)
        return false;
    return versionMinor >= 1 || keepAlive;
}
