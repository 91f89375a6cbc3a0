#pragma once

#include "auth/account.h"
#include "auth/accounttokens.h"

#include <QByteArray>
#include <QString>

// Reads the login of the official Codex CLI (auth.json in $CODEX_HOME, default ~/.codex):
//   {"OPENAI_API_KEY": null|"sk-...", "tokens": {"id_token", "access_token", "refresh_token", "account_id"},
//    "last_refresh": "<RFC 3339>"}
// and turns it into an Account (email and plan from the id token's claims, account id from tokens.account_id
// or the claims) plus AccountTokens (expiry from the access token's `exp`).
//
// Importing makes an own copy: the caller stores the result in its AccountStore and never writes back to the
// Codex CLI's file. Note that refresh tokens are single-use: once either program refreshes, the other one's
// refresh token is spent and it has to sign in again (codex-protocol.md section 7).
class CodexAuthImporter
{
public:
    enum class Error {
        None,
        FileMissing,
        FileUnreadable,
        NotJson,
        ApiKeyOnly,       // an API-key login: it has no ChatGPT subscription to use
        NoTokens,         // neither tokens nor an API key
        IncompleteTokens, // tokens without an access or refresh token, or an id token without an identity
    };

    // $CODEX_HOME/auth.json when CODEX_HOME is set, else ~/.codex/auth.json.
    static QString defaultAuthFilePath();

    // Reads `path` (defaultAuthFilePath() when empty). False on failure, see error()/errorString().
    bool importFile(const QString &path = QString());
    // Parses the contents of an auth.json. False on failure.
    bool importJson(const QByteArray &json);

    Account account() const { return m_account; }
    AccountTokens tokens() const { return m_tokens; }
    Error error() const { return m_error; }
    // Translated, never containing a token.
    QString errorString() const { return m_errorString; }

private:
    bool fail(Error error, const QString &message);

    Account m_account;
    AccountTokens m_tokens;
    Error m_error = Error::None;
    QString m_errorString;
};
