#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

// The OAuth tokens of one ChatGPT account. Kept apart from Account on purpose: Account is metadata that may be
// shown, logged and written to accounts.json; AccountTokens only ever goes to a SecretStore.
// Never log any field of it (not even a prefix of a token).
class AccountTokens
{
public:
    AccountTokens() = default;
    // Builds the tokens and derives accessTokenExpiresAt from the access token's `exp` claim.
    AccountTokens(QString idToken, QString accessToken, QString refreshToken, QDateTime lastRefresh = {});

    QString idToken;
    QString accessToken;
    QString refreshToken;        // single-use: it rotates on every refresh (codex-protocol.md section 7)
    QDateTime accessTokenExpiresAt; // from the access token's `exp`; invalid when unknown
    QDateTime lastRefresh;          // when the tokens were last obtained or refreshed

    // No access token and no refresh token: nothing to sign in with.
    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    // True when the access token is expired or expires within `margin` of `now`. An unknown expiry counts as
    // expiring, so the caller refreshes rather than sending a token it cannot judge.
    bool expiresWithin(std::chrono::seconds margin, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Re-reads accessTokenExpiresAt from the access token (after a refresh replaced it).
    void updateExpiryFromAccessToken();

    // Compact JSON for the secret store: {"id_token","access_token","refresh_token","expires_at","last_refresh"}.
    QByteArray toSecret() const;
    // Inverse of toSecret(); std::nullopt when the bytes are not such a JSON object.
    static std::optional<AccountTokens> fromSecret(const QByteArray &secret);

    friend bool operator==(const AccountTokens &, const AccountTokens &) = default;
};
