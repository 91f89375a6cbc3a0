#include "toolschemacleaner.h"

#include <QJsonArray>

namespace {

// JSON Schema keywords whose value is one sub-schema, an array of sub-schemas, or a map of name ->
// sub-schema. Only these are walked, so data (enum, const, default, examples) and property names are
// never touched.
constexpr const char *singleSchemaKeywords[] = {
    "additionalProperties", "items", "additionalItems", "contains", "not", "if", "then", "else",
    "propertyNames", "unevaluatedProperties", "unevaluatedItems"};
constexpr const char *schemaArrayKeywords[] = {"allOf", "anyOf", "oneOf", "prefixItems", "items"};
constexpr const char *schemaMapKeywords[] = {"properties", "patternProperties", "$defs", "definitions",
                                             "dependentSchemas"};

} // namespace

QJsonObject ToolSchemaCleaner::clean(const QJsonValue &schema)
{
    QJsonObject result = schema.toObject();
    stripSchemaKeyword(result);

    const QString typeKey = QStringLiteral("type");
    const QString propertiesKey = QStringLiteral("properties");
    if (!result.contains(typeKey))
        result.insert(typeKey, QStringLiteral("object"));
    if (result.value(typeKey) == QJsonValue(QStringLiteral("object")) && !result.value(propertiesKey).isObject())
        result.insert(propertiesKey, QJsonObject());
    return result;
}

bool ToolSchemaCleaner::stripSchemaKeyword(QJsonObject &schema)
{
    bool changed = false;
    const auto schemaKey = QLatin1String("$schema");
    if (schema.contains(schemaKey)) {
        schema.remove(schemaKey);
        changed = true;
    }

    for (const char *keyword : singleSchemaKeywords) {
        const QString key = QLatin1String(keyword);
        const QJsonValue value = schema.value(key);
        if (!value.isObject())
            continue;
        QJsonObject child = value.toObject();
        if (stripSchemaKeyword(child)) {
            schema.insert(key, child);
            changed = true;
        }
    }
    for (const char *keyword : schemaArrayKeywords) {
        const QString key = QLatin1String(keyword);
        const QJsonValue value = schema.value(key);
        if (!value.isArray())
            continue;
        QJsonArray children = value.toArray();
        bool childrenChanged = false;
        for (qsizetype i = 0; i < children.size(); ++i) {
            if (!children.at(i).isObject())
                continue;
            QJsonObject child = children.at(i).toObject();
            if (stripSchemaKeyword(child)) {
                children.replace(i, child);
                childrenChanged = true;
            }
        }
        if (childrenChanged) {
            schema.insert(key, children);
            changed = true;
        }
    }
    for (const char *keyword : schemaMapKeywords) {
        const QString key = QLatin1String(keyword);
        const QJsonValue value = schema.value(key);
        if (!value.isObject())
            continue;
        QJsonObject map = value.toObject();
        bool mapChanged = false;
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isObject())
                continue;
            QJsonObject child = it.value().toObject();
            if (stripSchemaKeyword(child)) {
                it.value() = child;
                mapChanged = true;
            }
        }
        if (mapChanged) {
            schema.insert(key, map);
            changed = true;
        }
    }
    return changed;
}
