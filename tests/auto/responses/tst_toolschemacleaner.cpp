#include "responses/toolschemacleaner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class tst_ToolSchemaCleaner : public QObject
{
    Q_OBJECT

private:
    static QJsonValue parse(const QByteArray &json)
    {
        if (json.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        // Wrap so scalars and null parse too.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]", &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("bad test JSON: %s", json.constData());
        return doc.array().first();
    }

private slots:
    void clean_data();
    void clean();
};

// Defined outside the class: moc mistakes the "//" of URLs inside raw strings for a comment.
void tst_ToolSchemaCleaner::clean_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("missing") << QByteArray() << QByteArray(R"({"type":"object","properties":{}})");
    QTest::newRow("null") << QByteArray("null") << QByteArray(R"({"type":"object","properties":{}})");
    QTest::newRow("not an object") << QByteArray(R"("string")") << QByteArray(R"({"type":"object","properties":{}})");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray(R"({"type":"object","properties":{}})");
    QTest::newRow("adds properties") << QByteArray(R"({"type":"object"})")
                                     << QByteArray(R"({"type":"object","properties":{}})");
    QTest::newRow("adds type")
        << QByteArray(R"({"properties":{"a":{"type":"string"}},"required":["a"]})")
        << QByteArray(R"({"type":"object","properties":{"a":{"type":"string"}},"required":["a"]})");
    QTest::newRow("claude code Bash schema")
        << QByteArray(R"({"$schema":"http://json-schema.org/draft-07/schema#","type":"object",
            "properties":{"command":{"type":"string","description":"The command to execute"},
                          "timeout":{"type":"number","description":"Optional timeout in milliseconds, at most 600000"}},
            "required":["command"],"additionalProperties":false})")
        << QByteArray(R"({"type":"object",
            "properties":{"command":{"type":"string","description":"The command to execute"},
                          "timeout":{"type":"number","description":"Optional timeout in milliseconds, at most 600000"}},
            "required":["command"],"additionalProperties":false})");
    QTest::newRow("nested $schema removed everywhere")
        << QByteArray(R"({"$schema":"x","type":"object","properties":{
              "list":{"type":"array","items":{"$schema":"x","type":"object","properties":{"n":{"$schema":"x","type":"integer"}}}},
              "tuple":{"type":"array","items":[{"$schema":"x","type":"string"}],"prefixItems":[{"$schema":"x"}]},
              "choice":{"anyOf":[{"$schema":"x","type":"string"},{"type":"null"}]},
              "map":{"type":"object","additionalProperties":{"$schema":"x","type":"string"},
                     "patternProperties":{"^a":{"$schema":"x"}}},
              "neg":{"not":{"$schema":"x"}}},
            "$defs":{"Thing":{"$schema":"x","type":"string"}},
            "definitions":{"Old":{"$schema":"x","allOf":[{"$schema":"x"}],"oneOf":[{"$schema":"x"}]}}})")
        << QByteArray(R"({"type":"object","properties":{
              "list":{"type":"array","items":{"type":"object","properties":{"n":{"type":"integer"}}}},
              "tuple":{"type":"array","items":[{"type":"string"}],"prefixItems":[{}]},
              "choice":{"anyOf":[{"type":"string"},{"type":"null"}]},
              "map":{"type":"object","additionalProperties":{"type":"string"},
                     "patternProperties":{"^a":{}}},
              "neg":{"not":{}}},
            "$defs":{"Thing":{"type":"string"}},
            "definitions":{"Old":{"allOf":[{}],"oneOf":[{}]}}})");
    QTest::newRow("a property named $schema is kept")
        << QByteArray(R"({"type":"object","properties":{"$schema":{"type":"string"}},"required":["$schema"]})")
        << QByteArray(R"({"type":"object","properties":{"$schema":{"type":"string"}},"required":["$schema"]})");
    QTest::newRow("data values are not touched")
        << QByteArray(R"({"type":"object","properties":{"cfg":{"type":"object","default":{"$schema":"keep"},
            "enum":[{"$schema":"keep"}],"const":{"$schema":"keep"}}}})")
        << QByteArray(R"({"type":"object","properties":{"cfg":{"type":"object","default":{"$schema":"keep"},
            "enum":[{"$schema":"keep"}],"const":{"$schema":"keep"}}}})");
    QTest::newRow("non-object root type left alone")
        << QByteArray(R"({"type":"string"})") << QByteArray(R"({"type":"string"})");
    QTest::newRow("bad properties replaced")
        << QByteArray(R"({"type":"object","properties":[]})") << QByteArray(R"({"type":"object","properties":{}})");
}

void tst_ToolSchemaCleaner::clean()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QJsonObject actual = ToolSchemaCleaner::clean(parse(input));
    const QJsonObject wanted = parse(expected).toObject();
    QVERIFY2(actual == wanted, QJsonDocument(actual).toJson(QJsonDocument::Compact).constData());
}

QTEST_APPLESS_MAIN(tst_ToolSchemaCleaner)
#include "tst_toolschemacleaner.moc"
