#pragma once

#include <QJsonObject>
#include <QJsonValue>

// Turns a client's tool input schema into function `parameters` the upstream accepts: always an object
// schema with `type` and `properties`, and no `$schema` keyword anywhere (clients such as Claude Code
// emit it on every tool; it is meaningless below the root and upstream validators reject it).
class ToolSchemaCleaner
{
public:
    // Missing or non-object -> {"type":"object","properties":{}}. A root without `type` gets
    // "object"; an object root without `properties` gets {}. `$schema` is removed from every
    // sub-schema, but a *property* named "$schema" is kept.
    static QJsonObject clean(const QJsonValue &schema);

private:
    // Returns true when `schema` was changed.
    static bool stripSchemaKeyword(QJsonObject &schema);
};
