#pragma once

#include "auth/account.h"
#include "auth/accounttokens.h"
#include "auth/oauthconfig.h"
#include "auth/oauthpkcecodes.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

class OAuthCallbackResult;
class OAuthCallbackServer;
class OAuthTokenClient;
class OAuthTokenResponse;
class QNetworkAccessManager;

// One ChatGPT sign-in (OAuth 2.0 authorization code + PKCE S256, codex-protocol.md section 7).
//
//   start()  -> callback listener up, authorizeUrlReady(url): show/open it in a browser
//   the browser comes back to /auth/callback, or the user pastes the redirect URL / code into
//   completeFromPastedInput()  (whichever comes first wins; later input is ignored)
//   -> the code is exchanged -> succeeded(account, tokens)  or  failed(message)
//
// Exactly one of succeeded()/failed() is emitted per start(). The flow ends by itself after timeout() (10 min
// by default); cancel() ends it at once (failed() is not emitted then). Emits no token anywhere but succeeded().
// Lives in the proxy library: no QtGui; opening the browser is the caller's job.
class OAuthLoginFlow : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthLoginFlow)

public:
    explicit OAuthLoginFlow(const OAuthConfig &config = OAuthConfig::fromEnvironment(),
                            QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~OAuthLoginFlow() override;

    // When the callback ports are all busy: false (default) makes start() fail; true goes on without a listener
    // (redirect URI on the first configured port) so a headless user can still paste the redirect URL.
    void setAllowWithoutListener(bool allow) { m_allowWithoutListener = allow; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // New PKCE codes and state, callback listener, authorize URL. False (and failed() emitted) when no callback
    // port could be opened and that is not allowed. Calling start() again restarts the flow.
    bool start();
    void cancel();

    bool isRunning() const { return m_state != State::Idle && m_state != State::Finished; }
    bool hasListener() const;
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QString redirectUri() const { return m_redirectUri; }
    // The last failure (translated), also passed to failed().
    QString errorString() const { return m_errorString; }
    // For tests only.
    QByteArray state() const { return m_stateToken; }
    QByteArray codeVerifier() const { return m_pkce.verifier; }

    // The user pasted the redirect URL (state is checked) or the bare code. Garbage or a wrong state fails the
    // flow (returns false). Ignored (false) when the flow is not waiting for a code.
    bool completeFromPastedInput(const QString &input);

    // Builds the account from the id token's claims (access token's as fallback). False when neither carries an
    // email or account id.
    static bool accountFromTokens(const AccountTokens &tokens, Account *account);

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    // A code arrived (from the browser or pasted) and is being exchanged.
    void exchangingCode();
    void succeeded(const Account &account, const AccountTokens &tokens);
    void failed(const QString &message);

private:
    enum class State { Idle, WaitingForCode, Exchanging, Finished };

    void onCallback(const OAuthCallbackResult &result);
    void exchange(const QString &code);
    void onTokenResponse(const OAuthTokenResponse &response);
    void fail(const QString &message);
    void stop();

    OAuthConfig m_config;
    OAuthTokenClient *m_tokenClient;
    OAuthCallbackServer *m_callbackServer = nullptr;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(10)};
    bool m_allowWithoutListener = false;
    State m_state = State::Idle;
    OAuthPkceCodes m_pkce;
    QByteArray m_stateToken;
    QString m_redirectUri;
    QUrl m_authorizeUrl;
    QString m_errorString;
};
