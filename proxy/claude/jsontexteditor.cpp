#include "jsontexteditor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
constexpr char Bom[] = "\xEF\xBB\xBF";

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Checks `text` the way QJsonDocument reads it; `error` gets "message at line L, column C".
bool checkDocument(const QByteArray &text, QString *error, qsizetype *offset)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype at = qBound(qsizetype(0), qsizetype(parseError.offset), text.size());
        const QByteArray before = text.left(at);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = at - (before.lastIndexOf('\n') + 1) + 1;
        *error = JsonTextEditor::tr("%1 at line %2, column %3").arg(parseError.errorString()).arg(line).arg(column);
        *offset = at;
        return false;
    }
    if (!doc.isObject()) {
        *error = JsonTextEditor::tr("the top level is not a JSON object");
        *offset = 0;
        return false;
    }
    return true;
}

// One JSON value written as text, or Undefined when `raw` is not exactly one value.
QJsonValue parseValue(const QByteArray &raw)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + raw + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return doc.array().at(0);
}

// A member's key from its quoted text. Qt's JSON decoding drops one leading U+FEFF written as raw UTF-8 (it reads
// it as a byte-order mark); JSON.parse, with which Claude Code reads the file, keeps it: "\uFEFFenv" is not "env".
QString parseKey(const QByteArray &raw)
{
    QString key = parseValue(raw).toString();
    if (raw.mid(1).startsWith("\xEF\xBB\xBF"))
        key.prepend(QChar(0xFEFF));
    return key;
}
} // namespace

JsonTextEditor::JsonTextEditor(QByteArray text)
    : m_text(std::move(text))
{
    m_valid = checkDocument(m_text, &m_error, &m_errorOffset);
}

bool JsonTextEditor::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool JsonTextEditor::commit(QByteArray text)
{
    QString error;
    qsizetype offset = -1;
    // Never expected; the check keeps a scanning bug from ever producing a broken settings file.
    if (!checkDocument(text, &error, &offset))
        return fail(tr("The edit was refused because it would make the document invalid (%1).").arg(error));
    m_text = std::move(text);
    m_error.clear();
    return true;
}

QByteArray JsonTextEditor::serialise(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

qsizetype JsonTextEditor::skipWhitespace(qsizetype pos) const
{
    while (pos < m_text.size() && isJsonWhitespace(m_text.at(pos)))
        ++pos;
    return pos;
}

qsizetype JsonTextEditor::skipString(qsizetype pos) const
{
    // pos is at the opening quote.
    for (qsizetype i = pos + 1; i < m_text.size(); ++i) {
        if (m_text.at(i) == '\\')
            ++i;
        else if (m_text.at(i) == '"')
            return i + 1;
    }
    return m_text.size();
}

qsizetype JsonTextEditor::skipValue(qsizetype pos) const
{
    if (pos >= m_text.size())
        return m_text.size();
    const char first = m_text.at(pos);
    if (first == '"')
        return skipString(pos);
    if (first == '{' || first == '[') {
        // Iterative, so deep nesting cannot exhaust the stack.
        int depth = 0;
        qsizetype i = pos;
        while (i < m_text.size()) {
            const char c = m_text.at(i);
            if (c == '"') {
                i = skipString(i);
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            ++i;
        }
        return m_text.size();
    }
    qsizetype i = pos;
    while (i < m_text.size() && !isJsonWhitespace(m_text.at(i)) && m_text.at(i) != ',' && m_text.at(i) != '}'
           && m_text.at(i) != ']')
        ++i;
    return i;
}

JsonTextEditor::ObjectSpan JsonTextEditor::parseObject(qsizetype open) const
{
    ObjectSpan object;
    if (open < 0 || open >= m_text.size() || m_text.at(open) != '{')
        return object;
    object.open = open;
    qsizetype i = skipWhitespace(open + 1);
    while (i < m_text.size()) {
        if (m_text.at(i) == '}') {
            object.close = i;
            return object;
        }
        if (m_text.at(i) != '"')
            return object;
        Member member;
        member.keyStart = i;
        const qsizetype keyEnd = skipString(i);
        member.key = parseKey(m_text.mid(i, keyEnd - i));
        i = skipWhitespace(keyEnd);
        if (i >= m_text.size() || m_text.at(i) != ':')
            return object;
        member.valueStart = skipWhitespace(i + 1);
        member.valueEnd = skipValue(member.valueStart);
        object.members.append(member);
        i = skipWhitespace(member.valueEnd);
        if (i < m_text.size() && m_text.at(i) == ',')
            i = skipWhitespace(i + 1);
    }
    return object;
}

JsonTextEditor::ObjectSpan JsonTextEditor::rootObject() const
{
    const qsizetype start = m_text.startsWith(Bom) ? qsizetype(sizeof(Bom) - 1) : 0;
    return parseObject(skipWhitespace(start));
}

qsizetype JsonTextEditor::lastIndexOfKey(const ObjectSpan &object, const QString &key)
{
    for (qsizetype i = object.members.size() - 1; i >= 0; --i) {
        if (object.members.at(i).key == key)
            return i;
    }
    return -1;
}

bool JsonTextEditor::findObject(const QStringList &path, ObjectSpan *object, qsizetype *missingFrom,
                                QString *error) const
{
    ObjectSpan current = rootObject();
    for (qsizetype depth = 0; depth < path.size(); ++depth) {
        const qsizetype index = lastIndexOfKey(current, path.at(depth));
        if (index < 0) {
            *object = current;
            *missingFrom = depth;
            return false;
        }
        const Member &member = current.members.at(index);
        if (member.valueStart >= m_text.size() || m_text.at(member.valueStart) != '{') {
            *error = tr("“%1” is not an object").arg(path.mid(0, depth + 1).join(QLatin1Char('.')));
            *missingFrom = -1;
            return false;
        }
        current = parseObject(member.valueStart);
    }
    *object = current;
    *missingFrom = path.size();
    return true;
}

QByteArray JsonTextEditor::newline() const
{
    return m_text.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

QByteArray JsonTextEditor::lineIndent(qsizetype pos) const
{
    const qsizetype lineStart = pos > 0 ? m_text.lastIndexOf('\n', pos - 1) + 1 : 0;
    qsizetype end = lineStart;
    while (end < m_text.size() && (m_text.at(end) == ' ' || m_text.at(end) == '\t'))
        ++end;
    return m_text.mid(lineStart, end - lineStart);
}

bool JsonTextEditor::isMultiline(const ObjectSpan &object) const
{
    if (object.members.isEmpty()) {
        // An empty object follows the document: pretty unless the top level is written on one line.
        const ObjectSpan root = rootObject();
        return root.open == object.open || root.members.isEmpty() || isMultiline(root);
    }
    return m_text.mid(object.open + 1, object.members.first().keyStart - object.open - 1).contains('\n');
}

QByteArray JsonTextEditor::indentUnit() const
{
    const ObjectSpan root = rootObject();
    if (!root.members.isEmpty() && isMultiline(root)) {
        const QByteArray rootIndent = lineIndent(root.open);
        const QByteArray childIndent = lineIndent(root.members.first().keyStart);
        if (childIndent.size() > rootIndent.size() && childIndent.startsWith(rootIndent))
            return childIndent.mid(rootIndent.size());
    }
    return QByteArrayLiteral("  "); // what Claude Code itself writes (JSON.stringify(settings, null, 2))
}

QByteArray JsonTextEditor::separator(const ObjectSpan &object) const
{
    const auto between = [this](const Member &member) {
        const qsizetype keyEnd = skipString(member.keyStart);
        return m_text.mid(keyEnd, member.valueStart - keyEnd);
    };
    if (!object.members.isEmpty())
        return between(object.members.first());
    const ObjectSpan root = rootObject();
    if (!root.members.isEmpty())
        return between(root.members.first());
    return isMultiline(object) ? QByteArrayLiteral(": ") : QByteArrayLiteral(":");
}

// The text to put at *at (replacing up to *replaceEnd) so that `object` gains the member key: rawValue.
QByteArray JsonTextEditor::insertionFor(const ObjectSpan &object, const QString &key, const QByteArray &rawValue,
                                        qsizetype *at, qsizetype *replaceEnd) const
{
    const bool multiline = isMultiline(object);
    const QByteArray nl = newline();
    const QByteArray member = serialise(QJsonValue(key)) + separator(object) + rawValue;
    if (object.members.isEmpty()) {
        // Whatever whitespace the empty object held is replaced.
        *at = object.open + 1;
        *replaceEnd = object.close;
        const QByteArray ownIndent = lineIndent(object.open);
        return multiline ? nl + ownIndent + indentUnit() + member + nl + ownIndent : member;
    }
    const Member &first = object.members.first();
    *at = object.members.last().valueEnd;
    *replaceEnd = *at;
    if (multiline)
        return ',' + nl + lineIndent(first.keyStart) + member;
    return ',' + m_text.mid(object.open + 1, first.keyStart - object.open - 1) + member;
}

bool JsonTextEditor::contains(const QStringList &path) const
{
    return !rawValue(path).isEmpty();
}

QJsonValue JsonTextEditor::value(const QStringList &path) const
{
    const QByteArray raw = rawValue(path);
    return raw.isEmpty() ? QJsonValue(QJsonValue::Undefined) : parseValue(raw);
}

QByteArray JsonTextEditor::rawValue(const QStringList &path) const
{
    if (!m_valid || path.isEmpty())
        return {};
    ObjectSpan object;
    qsizetype missingFrom = -1;
    QString error;
    if (!findObject(path.mid(0, path.size() - 1), &object, &missingFrom, &error))
        return {};
    const qsizetype index = lastIndexOfKey(object, path.last());
    if (index < 0)
        return {};
    const Member &member = object.members.at(index);
    return m_text.mid(member.valueStart, member.valueEnd - member.valueStart);
}

qsizetype JsonTextEditor::memberCount(const QStringList &path) const
{
    if (!m_valid)
        return -1;
    ObjectSpan object;
    qsizetype missingFrom = -1;
    QString error;
    if (!findObject(path, &object, &missingFrom, &error))
        return -1;
    return object.members.size();
}

bool JsonTextEditor::setValue(const QStringList &path, const QJsonValue &value)
{
    if (value.isUndefined())
        return fail(tr("No value to set."));
    return setRawValue(path, serialise(value));
}

bool JsonTextEditor::setRawValue(const QStringList &path, const QByteArray &rawJson)
{
    if (!m_valid)
        return fail(m_error);
    if (path.isEmpty())
        return fail(tr("An empty path names no member."));
    if (parseValue(rawJson).isUndefined())
        return fail(tr("The new value is not one JSON value."));
    ObjectSpan object;
    qsizetype missingFrom = -1;
    QString error;
    const QStringList parents = path.mid(0, path.size() - 1);
    if (!findObject(parents, &object, &missingFrom, &error) && missingFrom < 0)
        return fail(error);

    QByteArray text = m_text;
    if (missingFrom == parents.size()) {
        const qsizetype index = lastIndexOfKey(object, path.last());
        if (index >= 0) {
            const Member &member = object.members.at(index);
            return commit(text.replace(member.valueStart, member.valueEnd - member.valueStart, rawJson));
        }
    }
    // Build the missing objects from the inside out, indented as they will sit in the document.
    const bool multiline = isMultiline(object);
    const QByteArray nl = newline();
    const QByteArray unit = indentUnit();
    const QByteArray sep = separator(object);
    const QByteArray memberIndent = object.members.isEmpty() ? lineIndent(object.open) + unit
                                                             : lineIndent(object.members.first().keyStart);
    QByteArray value = rawJson;
    for (qsizetype depth = path.size() - 1; depth > missingFrom; --depth) {
        const QByteArray member = serialise(QJsonValue(path.at(depth))) + sep + value;
        if (multiline) {
            QByteArray indent = memberIndent;
            for (qsizetype level = missingFrom; level < depth - 1; ++level)
                indent += unit;
            value = '{' + nl + indent + unit + member + nl + indent + '}';
        } else {
            value = '{' + member + '}';
        }
    }
    qsizetype at = 0;
    qsizetype replaceEnd = 0;
    const QByteArray insertion = insertionFor(object, path.at(missingFrom), value, &at, &replaceEnd);
    return commit(text.replace(at, replaceEnd - at, insertion));
}

bool JsonTextEditor::remove(const QStringList &path)
{
    if (!m_valid)
        return fail(m_error);
    if (path.isEmpty())
        return fail(tr("An empty path names no member."));
    const QByteArray before = m_text;
    const QStringList parents = path.mid(0, path.size() - 1);
    for (;;) {
        ObjectSpan object;
        qsizetype missingFrom = -1;
        QString error;
        if (!findObject(parents, &object, &missingFrom, &error))
            break;
        const qsizetype index = lastIndexOfKey(object, path.last());
        if (index < 0)
            break;
        const QList<Member> &members = object.members;
        const qsizetype sizeBefore = m_text.size();
        if (object.close < 0)
            break;
        if (members.size() == 1)
            m_text.remove(object.open + 1, object.close - object.open - 1); // an empty object is "{}"
        else if (index > 0)
            m_text.remove(members.at(index - 1).valueEnd, members.at(index).valueEnd - members.at(index - 1).valueEnd);
        else
            m_text.remove(members.at(0).keyStart, members.at(1).keyStart - members.at(0).keyStart);
        if (m_text.size() >= sizeBefore)
            break; // no progress: never loop on text this scanner misreads
    }
    QByteArray after = m_text;
    m_text = before;
    return after == before || commit(std::move(after));
}
