#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The claims of a ChatGPT sign-in JWT that the proxy needs. The payload is decoded WITHOUT verifying the
// signature: the token comes from the OAuth server (or the user's own Codex CLI login) and is only read to
// label the account and schedule refreshes; the backend is the one that verifies it.
// Tolerates any garbage: a token that cannot be decoded gives an invalid JwtClaims with empty fields.
class JwtClaims
{
public:
    JwtClaims() = default;

    // `jwt` is "header.payload.signature" (base64url, padding optional). Surrounding whitespace is ignored.
    static JwtClaims decode(const QString &jwt);
    static JwtClaims decode(QByteArrayView jwt);

    // True when the payload decoded to a JSON object (even if none of the claims below is present).
    bool isValid() const { return m_valid; }

    // `email`, falling back to the profile claim `https://api.openai.com/profile` -> `email`.
    QString email() const { return m_email; }
    // `exp` (seconds since the epoch, UTC); invalid QDateTime when absent or not a number.
    QDateTime expiresAt() const { return m_expiresAt; }
    // From the `https://api.openai.com/auth` claim.
    QString chatgptAccountId() const { return m_accountId; }
    QString chatgptPlanType() const { return m_planType; }
    // `chatgpt_user_id`, falling back to `user_id` inside the same claim.
    QString chatgptUserId() const { return m_userId; }

    // The whole decoded payload, for claims not covered above.
    QJsonObject payload() const { return m_payload; }

private:
    bool m_valid = false;
    QString m_email;
    QDateTime m_expiresAt;
    QString m_accountId;
    QString m_planType;
    QString m_userId;
    QJsonObject m_payload;
};
