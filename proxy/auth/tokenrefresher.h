#pragma once

#include "auth/accounttokens.h"
#include "core/apierror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class AccountStore;
class OAuthTokenClient;
class OAuthTokenResponse;

// Refreshes the OAuth tokens of an account (codex-protocol.md section 7), single-flight per account: however many
// requests ask at once, one token request goes out and every waiter gets its result. Refresh tokens are single-use
// and rotate, so the new tokens are stored (AccountStore::updateTokens) before any waiter is released.
// refresh_token_reused/expired/invalidated mark the account SignInNeeded and are never retried; transient failures
// (network, 5xx) are retried with backoff.
class TokenRefresher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRefresher)

public:
    // Refresh when the access token expires within this margin.
    static constexpr std::chrono::seconds ProactiveMargin{300};

    // What one token request answered.
    struct TokenReply
    {
        enum class Outcome {
            Ok,           // the fields below are set (idToken/refreshToken may be empty: keep the old ones)
            SignInNeeded, // refresh_token_reused / _expired / _invalidated: never retry
            Transient,    // network error, 5xx, 429: worth another try
            Rejected,     // any other refusal (bad client, malformed reply...): not retried
        };
        Outcome outcome = Outcome::Transient;
        QString idToken;
        QString accessToken;
        QString refreshToken;
        QDateTime accessTokenExpiresAt; // when known from the reply (expires_in); else read from the token
        QString errorCode;   // e.g. "refresh_token_reused"
        QString message;     // for logs and the client error; never contains a token
    };
    // Performs one token request with `refreshToken` and calls `done` exactly once (possibly synchronously).
    using TokenFunction = std::function<void(const QString &refreshToken, std::function<void(const TokenReply &)> done)>;

    struct Result
    {
        std::optional<AccountTokens> tokens; // the stored, refreshed tokens
        std::optional<ApiError> error;
        bool signInNeeded = false;
    };
    using Callback = std::function<void(const Result &)>;

    // Token requests go through OAuthTokenClient to `CODEX_BRIDGE_AUTH_URL` (default https://auth.openai.com)
    // + /oauth/token.
    explicit TokenRefresher(AccountStore *store, QObject *parent = nullptr);
    // For tests and embedders: token requests go through `tokenFunction`.
    TokenRefresher(AccountStore *store, TokenFunction tokenFunction, QObject *parent = nullptr);
    ~TokenRefresher() override;

    static QUrl issuerUrl();
    // Parses a /oauth/token reply (HTTP status 0 = network failure) into a TokenReply (OAuthTokenResponse rules).
    static TokenReply parseTokenReply(int httpStatus, const QByteArray &body, const QString &networkError = {});
    static TokenReply fromOAuthResponse(const OAuthTokenResponse &response);

    // Total attempts for transient failures and the delay before the second one (doubled each time).
    void setRetryPolicy(int maxAttempts, int baseDelayMs);

    // Refreshes the tokens of the account (Account::key() or email). Joins a refresh already running for it.
    void refresh(const QString &accountKey, Callback callback);
    bool isRefreshing(const QString &accountKey) const { return m_flights.contains(accountKey); }
    // Token requests sent so far (all accounts); for tests and diagnostics.
    int tokenRequestCount() const { return m_tokenRequests; }

private:
    struct Flight
    {
        QList<Callback> waiters;
        int attempts = 0;
    };

    void sendTokenRequest(const QString &accountKey);
    void onTokenReply(const QString &accountKey, const TokenReply &reply);
    void finish(const QString &accountKey, const Result &result);
    void httpTokenRequest(const QString &refreshToken, std::function<void(const TokenReply &)> done);

    QPointer<AccountStore> m_store;
    TokenFunction m_tokenFunction;
    OAuthTokenClient *m_client = nullptr; // created on first use, in this object's thread
    QHash<QString, Flight> m_flights; // by account key
    int m_maxAttempts = 3;
    int m_baseDelayMs = 500;
    int m_tokenRequests = 0;
};
