#pragma once

#include <QString>
#include <QStringList>

// What a request translator needs to know besides the client's request: the resolved upstream model
// and its capabilities, and per-session settings.
struct RequestTranslationContext
{
    QString upstreamModel;              // empty -> the client's model name is sent unchanged
    QStringList supportedEfforts;       // the model's supported_reasoning_levels, may be empty
    QString defaultEffort = QStringLiteral("medium");
    QString promptCacheKey;             // empty -> prompt_cache_key is omitted
    bool systemAsInstructions = false;  // true: the system prompt goes into "instructions", not a developer message
};
