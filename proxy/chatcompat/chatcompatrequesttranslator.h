#pragma once

#include "core/apierror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// Anthropic Messages request -> OpenAI Chat Completions request, for OpenAI-compatible providers (Ollama, LM
// Studio, llama.cpp, OpenRouter, Kilo...). Pure: no I/O, no global state.
//
// system -> a leading system message; text/image (base64 or url)/document blocks -> content parts; assistant
// tool_use -> tool_calls; tool_result -> `tool` messages placed right after the calls (images in a result follow
// as a user message, since `tool` content is text only); thinking blocks are dropped (they belong to another
// model); tools -> function tools (Anthropic server tools such as web search have no equivalent and are left
// out); tool_choice auto/any/none/tool -> auto/required/none/{function}; max_tokens, stop_sequences,
// temperature, top_p passed through.
class ChatCompatRequestTranslator
{
    Q_DECLARE_TR_FUNCTIONS(ChatCompatRequestTranslator)

public:
    struct Result
    {
        QJsonObject body;              // the Chat Completions request
        std::optional<ApiError> error; // a 400 naming the offending field; body is then empty
        int toolCount = 0;
        int imageCount = 0;
    };

    // `streaming`: adds stream:true and stream_options.include_usage (usage arrives in the last chunk).
    static Result translate(const QJsonObject &request, const QString &upstreamModel, bool streaming);
};
