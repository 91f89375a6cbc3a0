#pragma once

#include "responses/requesttranslationcontext.h"
#include "responses/translatedrequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Anthropic Messages request -> OpenAI Responses request for the Codex backend
// (docs/codex-protocol.md sections 3 and 4). Pure: no I/O, no global state.
class AnthropicRequestTranslator
{
    Q_DECLARE_TR_FUNCTIONS(AnthropicRequestTranslator)

public:
    // The body is built from the upstream allow-list only; client fields are never passed through.
    // An invalid client request yields `error` (400, message naming the offending field) and no body.
    static TranslatedRequest translate(const QJsonObject &request, const RequestTranslationContext &ctx);

    // prompt_cache_key / session_id for one Claude Code session and agent: the session comes from the
    // X-Claude-Code-Session-Id header, else metadata.user_id ("..._session_<uuid>" or a JSON string with
    // session_id); the agent from the X-Claude-Code-Agent-Id header (or agent_id in that JSON), so
    // sub-agents get their own key. A plain safe session id is returned as is; with an agent, or when
    // the id has characters unfit for a header, a name-based UUID of both is returned. Empty when
    // nothing identifies a session.
    static QString sessionKey(const QByteArray &sessionHeader, const QJsonObject &request,
                              const QByteArray &agentHeader = {});

    // Removes all reasoning items from a translated body (retry after invalid_encrypted_content).
    static QJsonObject withoutReasoning(const QJsonObject &body);
};
