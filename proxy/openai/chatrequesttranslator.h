#pragma once

#include "responses/requesttranslationcontext.h"
#include "responses/translatedrequest.h"

#include <QCoreApplication>
#include <QJsonObject>

// Translates an OpenAI Chat Completions request (`POST /v1/chat/completions`) into a Codex Responses
// request body. The body is built from the allow-list of section 3 of the protocol contract; client fields
// are never passed through (sampling, limits, user, metadata... are dropped). Pure: no I/O, no global state.
//
// - Leading system/developer messages become one developer message (or `instructions` when
//   ctx.systemAsInstructions); a later one stays in place as a developer message.
// - user text / image_url / file parts -> input_text / input_image / input_file; assistant content ->
//   output_text, tool_calls -> function_call; tool messages -> function_call_output. Legacy
//   functions / function_call / role "function" are accepted too.
// - Tool names go through a ToolNameMapper derived from this request (returned for the way back), ids
//   through ResponsesIds::sanitize, and FunctionCallPairing repairs unpaired calls and outputs.
// - reasoning_effort is clamped to the model's levels; response_format/verbosity -> text;
//   web_search_options -> the hosted web_search tool.
//
// On invalid input `TranslatedRequest::error` holds a 400 with a message naming the offending field, and
// the body must not be sent.
class ChatRequestTranslator
{
    Q_DECLARE_TR_FUNCTIONS(ChatRequestTranslator)

public:
    static TranslatedRequest translate(const QJsonObject &request, const RequestTranslationContext &ctx);
};
