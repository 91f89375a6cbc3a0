#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The Codex backend's rules for a request body, in one place (see docs/codex-protocol.md section 3):
// a backend change should be a one-line fix here.
class ResponsesRequestRules
{
public:
    // Top-level fields the backend accepts; everything else is rejected ("Unsupported parameter").
    static const QStringList &allowedFields();
    static bool isAllowedField(const QString &field);

    // Value of `include`, so reasoning can be replayed without server-side storage.
    static QString encryptedReasoningInclude(); // "reasoning.encrypted_content"
    // Encrypted reasoning from this backend starts with this (Fernet tokens); anything else came from
    // another provider and must not be replayed.
    static QString encryptedContentPrefix();    // "gAAAA"
    static bool isReplayableReasoning(const QString &encryptedContent);
    // Output given to a tool call whose result never came back.
    static QString interruptedToolOutput();     // "tool call was interrupted"

    // A copy of `body` without the reasoning items in `input` (used to retry after
    // invalid_encrypted_content).
    static QJsonObject withoutReasoning(const QJsonObject &body);
};
