#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Edits members of a JSON document *as text*, so everything not edited keeps its bytes: key order, indentation,
// line endings, escapes and number spelling (QJsonDocument would re-sort keys and re-format the user's file).
//
// A path names nested object members from the top-level object, e.g. {"env", "ANTHROPIC_BASE_URL"}.
//  - setValue()/setRawValue() replace the value in place, or append a new member at the end of its object,
//    creating missing objects on the way; new members copy the object's indentation, its key/value separator
//    and the file's line ending (compact one-line documents stay compact).
//  - remove() deletes the member with its separator; removing the member that insert added gives back the
//    exact previous bytes (an object left empty becomes "{}").
// Duplicate keys: the last one is the one that counts (as in JavaScript's JSON.parse, which Claude Code uses);
// it is the one edited, and remove() removes them all.
//
// Pure: no I/O, no global state, any input is safe (the hardening fuzz target feeds it arbitrary bytes). The
// document is validated with QJsonDocument (strict RFC 8259, top level must be an object); an edit whose
// result would not be valid JSON is refused, so the text is always either untouched or valid.
class JsonTextEditor
{
    Q_DECLARE_TR_FUNCTIONS(JsonTextEditor)

public:
    explicit JsonTextEditor(QByteArray text);

    bool isValid() const { return m_valid; }
    // Why the text is not valid or why the last edit was refused; "line L, column C" for parse errors.
    QString errorString() const { return m_error; }
    // Byte offset of the parse error, -1 when there is none.
    qsizetype errorOffset() const { return m_errorOffset; }

    QByteArray text() const { return m_text; }

    bool contains(const QStringList &path) const;
    // Undefined when the member is missing.
    QJsonValue value(const QStringList &path) const;
    // The member's value exactly as written in the text; empty when missing.
    QByteArray rawValue(const QStringList &path) const;
    // The members of the object at `path` (empty path: the top level); -1 when it is missing or not an object.
    qsizetype memberCount(const QStringList &path) const;

    // False (text unchanged, errorString() set) when the text is invalid, the path is empty, or a member on the
    // path exists but is not an object.
    bool setValue(const QStringList &path, const QJsonValue &value);
    // `rawJson` must be exactly one JSON value; it is written as given.
    bool setRawValue(const QStringList &path, const QByteArray &rawJson);
    // True when the member is gone afterwards (also when it was not there).
    bool remove(const QStringList &path);

    // `value` as compact JSON text (strings escaped the way QJsonDocument does).
    static QByteArray serialise(const QJsonValue &value);

private:
    struct Member
    {
        qsizetype keyStart = 0;
        qsizetype valueStart = 0;
        qsizetype valueEnd = 0; // one past the value
        QString key;
    };
    struct ObjectSpan
    {
        qsizetype open = -1;  // the '{'
        qsizetype close = -1; // the '}'
        QList<Member> members;
    };

    bool validate(const QByteArray &text);
    bool fail(const QString &error);
    bool commit(QByteArray text);
    ObjectSpan parseObject(qsizetype open) const;
    ObjectSpan rootObject() const;
    // The object at `path` and whether it was found; `missingFrom` is the first path index that does not exist.
    bool findObject(const QStringList &path, ObjectSpan *object, qsizetype *missingFrom, QString *error) const;
    static qsizetype lastIndexOfKey(const ObjectSpan &object, const QString &key);
    QByteArray insertionFor(const ObjectSpan &object, const QString &key, const QByteArray &rawValue,
                            qsizetype *at, qsizetype *replaceEnd) const;
    QByteArray lineIndent(qsizetype pos) const;
    QByteArray indentUnit() const;
    QByteArray newline() const;
    bool isMultiline(const ObjectSpan &object) const;
    QByteArray separator(const ObjectSpan &object) const;
    qsizetype skipWhitespace(qsizetype pos) const;
    qsizetype skipValue(qsizetype pos) const;
    qsizetype skipString(qsizetype pos) const;

    QByteArray m_text;
    QString m_error;
    qsizetype m_errorOffset = -1;
    bool m_valid = false;
};
