// JsonTextEditor (the editor of Claude Code's settings.json) on arbitrary documents. The first input byte picks
// the edit. Checks its promises: the text is always either untouched or valid JSON with a top-level object; an
// edit changes only the edited member (every other member keeps its value); removing a member that setValue()
// added gives back the exact previous bytes.
#include "claude/jsontexteditor.h"
#include "fuzzinput.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

namespace {
QJsonObject parsedObject(const QByteArray &text, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

// The document without the member at `path` (for comparing everything else).
QJsonObject without(QJsonObject object, const QStringList &path)
{
    if (path.size() == 1) {
        object.remove(path.first());
        return object;
    }
    const QJsonValue child = object.value(path.first());
    if (child.isObject())
        object.insert(path.first(), without(child.toObject(), path.mid(1)));
    return object;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    FuzzInput input;
    if (!input.read(bytes, size))
        return 0;
    const uint8_t options = input.options;
    const QByteArray original = input.payload.toByteArray();
    static const QStringList paths[] = {
        {QStringLiteral("env"), QStringLiteral("ANTHROPIC_BASE_URL")},
        {QStringLiteral("env"), QStringLiteral("ANTHROPIC_AUTH_TOKEN")},
        {QStringLiteral("apiKeyHelper")},
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
    };
    const QStringList &path = paths[options % 4];
    const QJsonValue newValue = (options & 4) ? QJsonValue(QStringLiteral("http://127.0.0.1:8081"))
                                              : QJsonValue(QJsonObject{{QStringLiteral("k"), QStringLiteral("\u00e9\"\\\n")}});

    JsonTextEditor editor(original);
    bool parsedOk = false;
    const QJsonObject before = parsedObject(original, &parsedOk);
    if (editor.isValid() != parsedOk)
        std::abort(); // the editor and QJsonDocument must agree on what is valid
    editor.contains(path);
    editor.value(path);
    editor.rawValue(path);
    editor.memberCount({});

    const bool hadMember = editor.contains(path);
    // What the edit may change: the member, or the first object it had to create on the way to it.
    QStringList edited = path;
    for (qsizetype depth = 1; depth < path.size(); ++depth) {
        if (!editor.contains(path.mid(0, depth))) {
            edited = path.mid(0, depth);
            break;
        }
    }
    // Exact restore is promised when the member was new inside an existing, non-empty object.
    const QStringList parent = path.mid(0, path.size() - 1);
    const bool exactRestore = !hadMember && editor.memberCount(parent) > 0;
    if (!editor.setValue(path, newValue)) {
        if (editor.text() != original)
            std::abort(); // a refused edit leaves the text untouched
        return 0;
    }
    bool ok = false;
    const QJsonObject after = parsedObject(editor.text(), &ok);
    if (!ok || !editor.isValid() || editor.value(path) != newValue)
        std::abort();
    // Nothing else changed. QJsonObject, the oracle, cannot tell a key that starts with a raw U+FEFF from the
    // same key without it (its decoding drops the mark; JsonTextEditor keeps it): no oracle for those.
    const bool oracleBlind = original.contains("\"\xEF\xBB\xBF");
    if (!oracleBlind && without(after, edited) != without(before, edited))
        std::abort();
    if (!editor.remove(path) || editor.contains(path))
        std::abort();
    if (exactRestore && editor.text() != original)
        std::abort(); // set + remove of a new member restores the exact bytes
    parsedObject(editor.text(), &ok);
    if (!ok)
        std::abort();
    return 0;
}
