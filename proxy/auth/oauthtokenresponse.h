#pragma once

#include "auth/accounttokens.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The outcome of one POST /oauth/token (code exchange or refresh), classified so callers know whether to retry.
// Pure parsing (fromHttpReply), no I/O. Never contains a secret in `message` or `errorCode`.
class OAuthTokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(OAuthTokenResponse)

public:
    enum class ErrorKind {
        None,            // success: `tokens` holds what the server sent
        SignInNeeded,    // refresh_token_reused / _expired / _invalidated (or invalid_grant on a refresh): the
                         // login is gone; mark the account "sign-in needed" and NEVER retry
        Rejected,        // any other 4xx (bad code, invalid_grant on a code exchange, bad client...): not retryable
        Transient,       // network error, timeout, 429, 5xx: retry later with backoff
        InvalidResponse, // 2xx without a usable access token. Careful: a refresh token may have been consumed
    };

    ErrorKind errorKind = ErrorKind::Transient;
    int httpStatus = 0;    // 0 when no HTTP reply was received
    QString errorCode;     // the server's error code (e.g. "refresh_token_reused"), empty when none
    QString message;       // translated, for the user / log
    // On success: the tokens. Fields the server did not send stay empty (a refresh reply may omit id_token or
    // refresh_token: keep the old ones then). accessTokenExpiresAt comes from the access token's `exp`, else
    // from expires_in; lastRefresh is the time of parsing.
    AccountTokens tokens;
    qint64 expiresInSeconds = -1; // `expires_in`, -1 when absent

    bool ok() const { return errorKind == ErrorKind::None; }

    enum class Grant { AuthorizationCode, RefreshToken };
    // `networkError` is a translated description of a transport failure (empty when an HTTP reply arrived).
    static OAuthTokenResponse fromHttpReply(Grant grant, int httpStatus, const QByteArray &body,
                                            const QString &networkError = {});
    // True for the error codes that mean "the refresh token is dead, sign in again".
    static bool isSignInNeededCode(const QString &errorCode);
};
