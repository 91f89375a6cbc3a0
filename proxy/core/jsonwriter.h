#pragma once

#include <QByteArray>
#include <QJsonObject>

// Compact JSON for the per-event output of the stream translators, byte for byte what
// QJsonDocument::toJson(QJsonDocument::Compact) writes, appended straight into the caller's buffer. Qt's writer
// builds a separate QByteArray that it grows step by step and the SSE framing then copies it again; on a long
// stream that is a large share of the translation cost. Values whose Qt spelling depends on how QJsonValue stored
// them (integral numbers of 1e15 and more) or that Qt escapes specially (lone UTF-16 surrogates) are left to Qt.
class JsonWriter
{
public:
    // Appends `object`; false (with `out` unchanged) where Qt's own writer must be used.
    static bool appendCompact(QByteArray &out, const QJsonObject &object);
    // appendCompact with the fallback: always the bytes of QJsonDocument(object).toJson(Compact).
    static void appendCompactOrQt(QByteArray &out, const QJsonObject &object);
};
