#include "tokenestimator.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace {

// Costs (see the header for how they were measured).
constexpr double kRequestBase = 3;
constexpr double kPerMessage = 4;
constexpr double kToolSection = 12;
constexpr double kPerTool = 8;
constexpr double kJsonString = 0.5;
constexpr double kJsonObject = 0.5;
constexpr double kJsonMember = 1.5;
constexpr double kJsonArray = 1.5;
constexpr double kJsonSeparator = 1;
constexpr int kMaxJsonDepth = 256; // deeper parts of a hand-built QJsonValue are not counted

enum class CharClass : quint8 { Upper, Lower, Caseless, Digit, Space, Newline, Punct };

constexpr std::array<CharClass, 128> makeAsciiTable()
{
    std::array<CharClass, 128> table{};
    for (int c = 0; c < 128; ++c) {
        if (c >= 'A' && c <= 'Z')
            table[c] = CharClass::Upper;
        else if (c >= 'a' && c <= 'z')
            table[c] = CharClass::Lower;
        else if (c >= '0' && c <= '9')
            table[c] = CharClass::Digit;
        else if (c == '\n' || c == '\r')
            table[c] = CharClass::Newline;
        else if (c == ' ' || c == '\t' || c == '\v' || c == '\f')
            table[c] = CharClass::Space;
        else
            table[c] = CharClass::Punct; // includes other control characters
    }
    return table;
}
constexpr std::array<CharClass, 128> kAscii = makeAsciiTable();

CharClass classify(char32_t c)
{
    if (c < 128)
        return kAscii[c];
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Titlecase:
        return CharClass::Upper;
    case QChar::Letter_Lowercase:
        return CharClass::Lower;
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return CharClass::Caseless;
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return CharClass::Digit;
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return CharClass::Space;
    default:
        return QChar::isSpace(c) ? CharClass::Space : CharClass::Punct;
    }
}

bool isLetter(CharClass c)
{
    return c == CharClass::Upper || c == CharClass::Lower || c == CharClass::Caseless;
}

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

// Decodes the text into code points with their classes once, so the scanner can look ahead cheaply.
// Unpaired surrogates count as punctuation (one token each), as any byte garbage would.
class CodePoints
{
public:
    explicit CodePoints(QStringView text)
        : m_text(text)
    {
    }
    bool atEnd(qsizetype i) const { return i >= m_text.size(); }
    // The code point at UTF-16 index i and the index after it.
    char32_t at(qsizetype i, qsizetype *next) const
    {
        const char16_t unit = m_text[i].unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < m_text.size() && QChar::isLowSurrogate(m_text[i + 1].unicode())) {
            *next = i + 2;
            return QChar::surrogateToUcs4(unit, m_text[i + 1].unicode());
        }
        *next = i + 1;
        return unit;
    }
    CharClass classAt(qsizetype i) const
    {
        qsizetype next = 0;
        return classify(at(i, &next));
    }

private:
    QStringView m_text;
};

double wordCost(qsizetype letters, qsizetype cjk, qsizetype accentedLatin, qsizetype otherScript)
{
    if (cjk > 0)
        return std::max(1.0, 0.7 * double(cjk) + double(letters - cjk) / 3.0);
    if (otherScript > 0)
        return 1.0 + double(std::max<qsizetype>(0, letters - 2)) / 8.0;
    const double base = letters <= 6 ? 1.0 : 1.0 + double(letters - 6) / 10.0;
    return base + 0.35 * double(accentedLatin);
}

// A whitespace piece [from, to): one token, plus a little per further character, since o200k's longest
// whitespace tokens are about 80 spaces or 16 newlines/tabs; a change of character costs a bit more.
double whitespaceCost(QStringView text, qsizetype from, qsizetype to)
{
    double cost = 1.0;
    for (qsizetype k = from + 1; k < to; ++k) {
        const char16_t c = text[k].unicode();
        if (c == u' ')
            cost += 0.01;
        else if (c == u'\n' || c == u'\t' || c == u'\r')
            cost += 0.06;
        else
            cost += 0.5; // rare whitespace characters
        const char16_t previous = text[k - 1].unicode();
        if (c != previous) {
            const bool lineBreakPair = (c == u'\n' || c == u'\r') && (previous == u'\n' || previous == u'\r');
            cost += lineBreakPair ? 0.05 : 0.1; // CRLF line ends are cheaper than other mixes
        }
    }
    return cost;
}

// Scans a punctuation run starting at i; returns its cost and sets *end.
double punctRun(const CodePoints &text, qsizetype i, qsizetype *end)
{
    qsizetype ascii = 0;
    double nonAscii = 0;
    while (!text.atEnd(i)) {
        qsizetype next = 0;
        const char32_t c = text.at(i, &next);
        if (classify(c) != CharClass::Punct)
            break;
        if (c < 128)
            ++ascii;
        else
            nonAscii += c > 0xFFFF ? 1.5 : 1.0;
        i = next;
    }
    // o200k attaches trailing newlines and slashes to a punctuation run.
    while (!text.atEnd(i)) {
        qsizetype next = 0;
        const char32_t c = text.at(i, &next);
        if (c != '\n' && c != '\r' && c != '/')
            break;
        i = next;
    }
    *end = i;
    const double asciiCost = ascii > 0 ? 1.0 + double(std::max<qsizetype>(0, ascii - 3)) / 2.0 : 0.0;
    return std::max(1.0, asciiCost + nonAscii);
}

double textCost(QStringView view)
{
    const CodePoints text(view);
    double tokens = 0;
    qsizetype i = 0;
    while (!text.atEnd(i)) {
        qsizetype next = 0;
        const char32_t c = text.at(i, &next);
        const CharClass cls = classify(c);

        // A letter run, maybe with one leading non-letter, non-digit, non-newline character.
        if (isLetter(cls)
            || (cls != CharClass::Newline && cls != CharClass::Digit && !text.atEnd(next)
                && isLetter(text.classAt(next)))) {
            qsizetype j = isLetter(cls) ? i : next;
            qsizetype letters = 0, cjk = 0, accented = 0, other = 0;
            auto take = [&](bool upperPart) {
                while (!text.atEnd(j)) {
                    qsizetype after = 0;
                    const char32_t w = text.at(j, &after);
                    const CharClass wc = classify(w);
                    const bool fits = wc == CharClass::Caseless
                        || (upperPart ? wc == CharClass::Upper : wc == CharClass::Lower);
                    if (!fits)
                        break;
                    ++letters;
                    if (isCjk(w))
                        ++cjk;
                    else if (w >= 0x250)
                        ++other;
                    else if (w >= 0x80)
                        ++accented;
                    j = after;
                }
            };
            take(true);  // Upper* (caseless letters belong to both parts)
            take(false); // lower*
            // Contractions: 's 't 'm 'd 're 've 'll (ASCII or typographic apostrophe).
            if (!text.atEnd(j) && (view[j] == u'\'' || view[j] == u'\u2019') && j + 1 < view.size()) {
                const char16_t a = QChar::toLower(view[j + 1].unicode());
                const char16_t b = j + 2 < view.size() ? QChar::toLower(view[j + 2].unicode()) : u'\0';
                if ((a == u'r' && b == u'e') || (a == u'v' && b == u'e') || (a == u'l' && b == u'l'))
                    j += 3;
                else if (a == u's' || a == u't' || a == u'm' || a == u'd')
                    j += 2;
            }
            tokens += wordCost(letters, cjk, accented, other);
            i = j;
            continue;
        }

        switch (cls) {
        case CharClass::Digit: {
            // Up to three digits per piece.
            qsizetype j = next;
            for (int count = 1; count < 3 && !text.atEnd(j) && text.classAt(j) == CharClass::Digit; ++count) {
                qsizetype after = 0;
                text.at(j, &after);
                j = after;
            }
            tokens += 1;
            i = j;
            break;
        }
        case CharClass::Space:
        case CharClass::Newline: {
            qsizetype j = i;
            qsizetype afterLastNewline = -1;
            qsizetype lastStart = i;
            while (!text.atEnd(j)) {
                qsizetype after = 0;
                const CharClass wc = classify(text.at(j, &after));
                if (wc != CharClass::Space && wc != CharClass::Newline)
                    break;
                if (wc == CharClass::Newline)
                    afterLastNewline = after;
                lastStart = j;
                j = after;
            }
            if (afterLastNewline >= 0) {
                tokens += whitespaceCost(view, i, afterLastNewline);
                i = afterLastNewline; // spaces after the last newline form their own piece
            } else if (text.atEnd(j)) {
                tokens += whitespaceCost(view, i, j);
                i = j;
            } else if (lastStart != i) {
                tokens += whitespaceCost(view, i, lastStart);
                i = lastStart; // the last space goes with what follows
            } else if (c == u' ' && text.classAt(j) == CharClass::Punct) {
                tokens += punctRun(text, j, &i); // " ?punct": one space joins the punctuation run
            } else {
                tokens += 1; // a lone space before a digit stands alone
                i = j;
            }
            break;
        }
        default:
            tokens += punctRun(text, i, &i);
            break;
        }
    }
    return tokens;
}

double jsonCost(const QJsonValue &value, int depth)
{
    if (depth > kMaxJsonDepth)
        return 0;
    switch (value.type()) {
    case QJsonValue::String:
        return textCost(value.toString()) + kJsonString;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15) {
            const qint64 integer = qint64(number);
            qsizetype digits = 1;
            for (qint64 rest = integer < 0 ? -integer : integer; rest >= 10; rest /= 10)
                ++digits;
            return double((digits + 2) / 3) + (integer < 0 ? 1 : 0);
        }
        return textCost(QString::number(number));
    }
    case QJsonValue::Bool:
    case QJsonValue::Null:
        return 1;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        double cost = kJsonArray + kJsonSeparator * double(std::max<qsizetype>(0, array.size() - 1));
        for (const QJsonValue &element : array)
            cost += jsonCost(element, depth + 1);
        return cost;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        double cost = kJsonObject;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            cost += textCost(it.key()) + kJsonMember + jsonCost(it.value(), depth + 1);
        return cost;
    }
    case QJsonValue::Undefined:
        return 0;
    }
    return 0;
}

// ---- images ----

quint32 bigEndian(const QByteArray &data, qsizetype at, int bytes)
{
    quint32 value = 0;
    for (int k = 0; k < bytes; ++k)
        value = (value << 8) | quint8(data.at(at + k));
    return value;
}

quint32 littleEndian(const QByteArray &data, qsizetype at, int bytes)
{
    quint32 value = 0;
    for (int k = bytes - 1; k >= 0; --k)
        value = (value << 8) | quint8(data.at(at + k));
    return value;
}

struct ImageSize
{
    qint64 width = 0;
    qint64 height = 0;
};

// Reads the pixel size from the first bytes of a PNG, GIF, WebP or JPEG file.
std::optional<ImageSize> sniffImageSize(const QByteArray &d)
{
    if (d.size() >= 24 && d.startsWith("\x89PNG\r\n\x1a\n") && d.mid(12, 4) == "IHDR")
        return ImageSize{bigEndian(d, 16, 4), bigEndian(d, 20, 4)};
    if (d.size() >= 10 && (d.startsWith("GIF87a") || d.startsWith("GIF89a")))
        return ImageSize{littleEndian(d, 6, 2), littleEndian(d, 8, 2)};
    if (d.size() >= 30 && d.startsWith("RIFF") && d.mid(8, 4) == "WEBP") {
        const QByteArray chunk = d.mid(12, 4);
        if (chunk == "VP8X")
            return ImageSize{littleEndian(d, 24, 3) + 1, littleEndian(d, 27, 3) + 1};
        if (chunk == "VP8 ")
            return ImageSize{littleEndian(d, 26, 2) & 0x3FFF, littleEndian(d, 28, 2) & 0x3FFF};
        if (chunk == "VP8L" && d.size() >= 25) {
            const quint32 bits = littleEndian(d, 21, 4);
            return ImageSize{(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
        }
        return std::nullopt;
    }
    if (d.size() >= 4 && quint8(d.at(0)) == 0xFF && quint8(d.at(1)) == 0xD8) {
        qsizetype at = 2;
        while (at + 9 < d.size()) {
            if (quint8(d.at(at)) != 0xFF) {
                ++at; // not at a marker: resynchronise
                continue;
            }
            const quint8 marker = quint8(d.at(at + 1));
            if (marker == 0xFF) {
                ++at; // fill byte
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                at += 2; // markers without a length
                continue;
            }
            const bool startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                && marker != 0xCC;
            if (startOfFrame)
                return ImageSize{bigEndian(d, at + 7, 2), bigEndian(d, at + 5, 2)};
            if (marker == 0xD9 || marker == 0xDA)
                return std::nullopt; // end of image / start of scan before any frame header
            at += 2 + qsizetype(bigEndian(d, at + 2, 2));
        }
    }
    return std::nullopt;
}

// Only the start of the base64 data is decoded: headers are near the front (a JPEG's EXIF block may push the
// frame header back, hence 64 KiB).
std::optional<ImageSize> imageSizeFromBase64(QStringView base64)
{
    constexpr qsizetype kPrefixChars = 64 * 1024 / 3 * 4;
    qsizetype length = std::min(base64.size(), kPrefixChars);
    length -= length % 4;
    if (length <= 0)
        return std::nullopt;
    const QByteArray prefix = base64.first(length).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(prefix);
    if (!decoded)
        return std::nullopt;
    return sniffImageSize(*decoded);
}

qint64 positiveInteger(const QJsonValue &value)
{
    const double number = value.toDouble(0);
    return std::isfinite(number) && number >= 1 && number < 1e9 ? qint64(number) : 0;
}

double imageBlockCost(const QJsonObject &block)
{
    // Explicit sizes (not part of the Anthropic API, but cheap to honour).
    qint64 width = positiveInteger(block.value(QLatin1String("width")));
    qint64 height = positiveInteger(block.value(QLatin1String("height")));
    const QJsonObject source = block.value(QLatin1String("source")).toObject();
    if (width == 0 || height == 0) {
        width = positiveInteger(source.value(QLatin1String("width")));
        height = positiveInteger(source.value(QLatin1String("height")));
    }
    if ((width == 0 || height == 0) && source.value(QLatin1String("type")).toString() == QLatin1String("base64")) {
        const QJsonValue data = source.value(QLatin1String("data"));
        if (data.isString()) {
            if (const std::optional<ImageSize> size = imageSizeFromBase64(data.toString())) {
                width = size->width;
                height = size->height;
            }
        }
    }
    return double(TokenEstimator::imageTokens(width, height));
}

double openAiImageCost(const QJsonObject &part)
{
    // {"type":"image_url","image_url":{"url":"data:image/png;base64,...","detail":...}} or "input_image".
    const QJsonValue imageUrl = part.value(QLatin1String("image_url"));
    const QString url = imageUrl.isObject() ? imageUrl.toObject().value(QLatin1String("url")).toString()
                                            : imageUrl.toString();
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    if (url.startsWith(QLatin1String("data:")) && comma > 0 && url.left(comma).endsWith(QLatin1String(";base64"))) {
        if (const std::optional<ImageSize> size = imageSizeFromBase64(QStringView(url).sliced(comma + 1)))
            return double(TokenEstimator::imageTokens(size->width, size->height));
    }
    return double(TokenEstimator::kDefaultImageTokens);
}

// ---- content blocks ----

double contentCost(const QJsonValue &content, int depth);

double blockCost(const QJsonValue &value, int depth)
{
    if (depth > kMaxJsonDepth)
        return 0;
    if (value.isString())
        return textCost(value.toString());
    if (!value.isObject())
        return jsonCost(value, depth);
    const QJsonObject block = value.toObject();
    const QString type = block.value(QLatin1String("type")).toString();

    if (type == QLatin1String("text") || type == QLatin1String("input_text") || type == QLatin1String("output_text"))
        return textCost(block.value(QLatin1String("text")).toString());
    if (type == QLatin1String("image"))
        return imageBlockCost(block);
    if (type == QLatin1String("image_url") || type == QLatin1String("input_image"))
        return openAiImageCost(block);
    if (type == QLatin1String("thinking"))
        return textCost(block.value(QLatin1String("thinking")).toString());
    if (type == QLatin1String("redacted_thinking"))
        return 0; // opaque, its size upstream is unknown
    if (type == QLatin1String("tool_use") || type == QLatin1String("server_tool_use")) {
        return textCost(block.value(QLatin1String("name")).toString()) + kJsonMember
            + jsonCost(block.value(QLatin1String("input")), depth + 1);
    }
    if (type == QLatin1String("tool_result"))
        return kJsonMember + contentCost(block.value(QLatin1String("content")), depth + 1);
    if (type == QLatin1String("document")) {
        const QJsonObject source = block.value(QLatin1String("source")).toObject();
        const QString sourceType = source.value(QLatin1String("type")).toString();
        double cost = textCost(block.value(QLatin1String("title")).toString())
            + textCost(block.value(QLatin1String("context")).toString());
        if (sourceType == QLatin1String("text"))
            return cost + textCost(source.value(QLatin1String("data")).toString());
        if (sourceType == QLatin1String("content"))
            return cost + contentCost(source.value(QLatin1String("content")), depth + 1);
        return cost + double(TokenEstimator::kDefaultImageTokens);
    }
    // Anything else (search results, web search results, future block types): count what it says.
    QJsonObject rest = block;
    rest.remove(QLatin1String("cache_control"));
    return jsonCost(rest, depth);
}

double contentCost(const QJsonValue &content, int depth)
{
    if (content.isNull() || content.isUndefined())
        return 0;
    if (content.isString())
        return textCost(content.toString());
    if (content.isArray()) {
        double cost = 0;
        for (const QJsonValue &block : content.toArray())
            cost += blockCost(block, depth + 1);
        return cost;
    }
    if (content.isObject())
        return blockCost(content, depth);
    return jsonCost(content, depth); // numbers, booleans: whatever they are, never a crash
}

double messageCost(const QJsonValue &value)
{
    if (!value.isObject())
        return kPerMessage + jsonCost(value, 1);
    const QJsonObject message = value.toObject();
    double cost = kPerMessage + contentCost(message.value(QLatin1String("content")), 1);
    // OpenAI Chat Completions: assistant tool calls and a tool message's id.
    const QJsonValue toolCalls = message.value(QLatin1String("tool_calls"));
    if (toolCalls.isArray()) {
        for (const QJsonValue &call : toolCalls.toArray()) {
            const QJsonObject function = call.toObject().value(QLatin1String("function")).toObject();
            cost += kJsonMember + textCost(function.value(QLatin1String("name")).toString())
                + textCost(function.value(QLatin1String("arguments")).toString());
        }
    }
    return cost;
}

double toolCost(const QJsonValue &value)
{
    if (!value.isObject())
        return kPerTool + jsonCost(value, 1);
    QJsonObject tool = value.toObject();
    // OpenAI function tools nest the definition.
    if (tool.value(QLatin1String("function")).isObject())
        tool = tool.value(QLatin1String("function")).toObject();
    QJsonValue schema = tool.value(QLatin1String("input_schema"));
    if (schema.isUndefined())
        schema = tool.value(QLatin1String("parameters"));
    if (schema.isUndefined() && !tool.contains(QLatin1String("description"))) {
        // A server tool ({"type":"web_search_20250305","name":...}): its settings are all there is.
        tool.remove(QLatin1String("cache_control"));
        return kPerTool + jsonCost(tool, 1);
    }
    return kPerTool + textCost(tool.value(QLatin1String("name")).toString())
        + textCost(tool.value(QLatin1String("description")).toString()) + jsonCost(schema, 1);
}

qint64 roundUp(double tokens)
{
    if (!std::isfinite(tokens) || tokens <= 0)
        return 0;
    return qint64(std::ceil(tokens));
}

} // namespace

qint64 TokenEstimator::estimateRequest(const QJsonObject &body)
{
    double tokens = kRequestBase;
    tokens += contentCost(body.value(QLatin1String("system")), 0);

    const QJsonValue messages = body.value(QLatin1String("messages"));
    if (messages.isArray()) {
        for (const QJsonValue &message : messages.toArray())
            tokens += messageCost(message);
    }

    const QJsonValue tools = body.value(QLatin1String("tools"));
    if (tools.isArray() && !tools.toArray().isEmpty()) {
        tokens += kToolSection;
        for (const QJsonValue &tool : tools.toArray())
            tokens += toolCost(tool);
    }
    return roundUp(tokens);
}

QJsonObject TokenEstimator::countTokensReply(const QJsonObject &body)
{
    return QJsonObject{{QLatin1String("input_tokens"), estimateRequest(body)}};
}

qint64 TokenEstimator::estimateText(QStringView text)
{
    return roundUp(textCost(text));
}

qint64 TokenEstimator::estimateJson(const QJsonValue &value)
{
    return roundUp(jsonCost(value, 0));
}

qint64 TokenEstimator::imageTokens(qint64 width, qint64 height)
{
    if (width <= 0 || height <= 0)
        return kDefaultImageTokens;
    double w = double(width);
    double h = double(height);
    // Fit in 2048 x 2048, then bring the shorter side down to 768 (never up).
    const double fit = std::min(1.0, 2048.0 / std::max(w, h));
    w *= fit;
    h *= fit;
    const double shorten = std::min(1.0, 768.0 / std::min(w, h));
    w *= shorten;
    h *= shorten;
    const qint64 tiles = qint64(std::ceil(w / 512.0)) * qint64(std::ceil(h / 512.0));
    return 85 + 170 * tiles;
}
