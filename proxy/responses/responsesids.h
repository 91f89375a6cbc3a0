#pragma once

#include <QString>

// Identifier rules shared by the request and stream translators.
class ResponsesIds
{
public:
    static constexpr int MaxIdLength = 64;
    // call_id / item ids sent upstream and tool_use ids sent to clients: [a-zA-Z0-9_-], at most 64 chars.
    // Deterministic (the same input always gives the same output), so a tool_use id and its tool_result
    // stay paired. Valid ids are returned unchanged.
    static QString sanitize(const QString &id);
    // A new random id with the given prefix ("msg_", "toolu_", "chatcmpl-").
    static QString generate(const QString &prefix);
};
