#pragma once

#include "core/apierror.h"
#include "responses/toolnamemapper.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// A client request translated to a Responses API request body.
struct TranslatedRequest
{
    QJsonObject body;               // the Responses request body, built from the allow-list only
    ToolNameMapper toolNames;       // upstream -> client tool names, for the stream translator
    std::optional<ApiError> error;  // set (and body empty) when the client request is invalid

    // For logging (counts only, never content).
    int toolCount = 0;
    int imageCount = 0;
    bool hasImages = false;
    int reasoningItemCount = 0;     // replayed encrypted reasoning items
    int synthesizedToolOutputs = 0; // tool calls without a result that got an "interrupted" output
    int orphanToolResults = 0;      // tool results without a call, sent as user text
    QString effort;                 // the reasoning effort sent

    bool ok() const { return !error.has_value(); }
};
