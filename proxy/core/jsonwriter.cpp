#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace {

inline char hexDigit(uint value)
{
    return char(value < 0xa ? '0' + value : 'a' + value - 0xa);
}

// A JSON string as Qt writes it: ", \ and control characters escaped (\b \f \n \r \t, else \u00xx), everything
// else as UTF-8. False on a lone surrogate (Qt writes those as \uXXXX escapes; not worth copying here).
bool appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        // The common case: a run of printable ASCII, copied in one go.
        const char16_t *const run = p;
        while (p != end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p != run) {
            const qsizetype at = out.size();
            out.resize(at + (p - run));
            char *dest = out.data() + at;
            for (const char16_t *c = run; c != p; ++c)
                *dest++ = char(*c);
        }
        if (p == end)
            break;
        const char16_t u = *p++;
        if (u < 0x80) {
            switch (u) {
            case u'"': out.append("\\\"", 2); break;
            case u'\\': out.append("\\\\", 2); break;
            case 0x08: out.append("\\b", 2); break;
            case 0x0c: out.append("\\f", 2); break;
            case 0x0a: out.append("\\n", 2); break;
            case 0x0d: out.append("\\r", 2); break;
            case 0x09: out.append("\\t", 2); break;
            default: {
                const char escape[6] = {'\\', 'u', '0', '0', hexDigit(u >> 4), hexDigit(u & 0xf)};
                out.append(escape, 6);
            }
            }
        } else if (u < 0x800) {
            const char bytes[2] = {char(0xc0 | (u >> 6)), char(0x80 | (u & 0x3f))};
            out.append(bytes, 2);
        } else if (u >= 0xd800 && u < 0xe000) {
            if (u >= 0xdc00 || p == end || *p < 0xdc00 || *p >= 0xe000)
                return false;
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*p++) - 0xdc00);
            const char bytes[4] = {char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)), char(0x80 | ((c >> 6) & 0x3f)),
                                   char(0x80 | (c & 0x3f))};
            out.append(bytes, 4);
        } else {
            const char bytes[3] = {char(0xe0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f))};
            out.append(bytes, 3);
        }
    }
    out.append('"');
    return true;
}

bool appendObject(QByteArray &out, const QJsonObject &object);

bool appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out.append("null", 4);
        return true;
    case QJsonValue::Bool:
        if (value.toBool())
            out.append("true", 4);
        else
            out.append("false", 5);
        return true;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            out.append("null", 4);
            return true;
        }
        if (d == std::trunc(d)) {
            // Below 1e15 an integral number reads the same whether QJsonValue holds it as an integer or a double.
            if (std::fabs(d) >= 1e15)
                return false;
            out.append(QByteArray::number(qint64(d)));
            return true;
        }
        out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        return true;
    }
    case QJsonValue::String:
        return appendString(out, value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            if (!appendValue(out, array.at(i)))
                return false;
        }
        out.append(']');
        return true;
    }
    case QJsonValue::Object:
        return appendObject(out, value.toObject());
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

bool appendObject(QByteArray &out, const QJsonObject &object)
{
    out.append('{');
    bool first = true;
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        if (!first)
            out.append(',');
        first = false;
        if (!appendString(out, it.key()))
            return false;
        out.append(':');
        if (!appendValue(out, it.value()))
            return false;
    }
    out.append('}');
    return true;
}

} // namespace

bool JsonWriter::appendCompact(QByteArray &out, const QJsonObject &object)
{
    const qsizetype start = out.size();
    if (appendObject(out, object))
        return true;
    out.truncate(start);
    return false;
}

void JsonWriter::appendCompactOrQt(QByteArray &out, const QJsonObject &object)
{
    if (!appendCompact(out, object))
        out.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
