#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QUrlQuery;

// What came back from the authorize step: the query of the redirect to /auth/callback, or what a headless user
// pasted (the whole redirect URL or the bare code). Pure parsing, no I/O.
class OAuthCallbackResult
{
    Q_DECLARE_TR_FUNCTIONS(OAuthCallbackResult)

public:
    enum class Kind {
        Code,       // an authorization code with the expected state (or a bare pasted code)
        WrongState, // state missing or not the one we sent: possibly a forged redirect, never exchanged
        Denied,     // the server redirected with error=... (access_denied: the user declined)
        Invalid,    // neither a code nor an error
    };

    Kind kind = Kind::Invalid;
    QString code;             // for Kind::Code
    QString error;            // the `error` parameter for Kind::Denied (e.g. access_denied)
    QString errorDescription; // `error_description` when the server sent one

    bool isCode() const { return kind == Kind::Code; }
    // A translated sentence for the user (empty for Kind::Code).
    QString message() const;

    // The query of a request to /auth/callback. `state` must equal `expectedState` for a code to count; an
    // error reply is reported as Denied even with a wrong state (nothing is exchanged either way).
    static OAuthCallbackResult fromQuery(const QUrlQuery &query, const QByteArray &expectedState);
    // A pasted line: a URL (or just its "?code=...&state=..." / "code=...&state=..." query), checked like
    // fromQuery(); or a bare authorization code (no state to check: the user copied it by hand).
    static OAuthCallbackResult fromPastedInput(const QString &input, const QByteArray &expectedState);
};
