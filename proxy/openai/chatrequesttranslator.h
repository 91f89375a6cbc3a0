#pragma once

#include "responses/requesttranslationcontext.h"
#include "responses/translatedrequest.h"

#include <QCoreApplication>
#include <QJsonObject>

// Translates an OpenAI Chat Completions request (`POST /v1/chat/completions`) into a Codex Responses
// request body. The body is built from the allow-list of section 3 of the protocol contract; client fields
// are never passed through. Pure: no I/O, no global state.
//
// On invalid input `TranslatedRequest::error` holds a 400 with a message naming the offending field, and
// the body must not be sent.
class ChatRequestTranslator
{
    Q_DECLARE_TR_FUNCTIONS(ChatRequestTranslator)

public:
    static TranslatedRequest translate(const QJsonObject &request, const RequestTranslationContext &ctx);
};
