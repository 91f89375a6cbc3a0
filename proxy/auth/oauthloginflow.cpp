#include "auth/oauthloginflow.h"

#include "auth/jwtclaims.h"
#include "auth/oauthcallbackresult.h"
#include "auth/oauthcallbackserver.h"
#include "auth/oauthtokenclient.h"
#include "auth/oauthtokenresponse.h"
#include "core/loggingcategories.h"

OAuthLoginFlow::OAuthLoginFlow(const OAuthConfig &config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_tokenClient(new OAuthTokenClient(config, network, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(tr("The sign-in timed out: no answer came back from the browser within %n minute(s).", nullptr,
                int(std::chrono::duration_cast<std::chrono::minutes>(m_timeout).count())));
    });
}

OAuthLoginFlow::~OAuthLoginFlow() = default;

bool OAuthLoginFlow::hasListener() const
{
    return m_callbackServer && m_callbackServer->isListening();
}

bool OAuthLoginFlow::start()
{
    // A restart: free the callback port at once so the new listener gets the same one.
    delete m_callbackServer;
    m_callbackServer = nullptr;
    stop();
    m_errorString.clear();
    m_pkce = OAuthPkceCodes::generate();
    m_stateToken = OAuthPkceCodes::randomToken(32);

    m_callbackServer = new OAuthCallbackServer(this);
    m_callbackServer->setExpectedState(m_stateToken);
    connect(m_callbackServer, &OAuthCallbackServer::callbackReceived, this, &OAuthLoginFlow::onCallback);
    if (m_callbackServer->listen(m_config.callbackPorts)) {
        m_redirectUri = m_callbackServer->redirectUri();
    } else if (m_allowWithoutListener && !m_config.callbackPorts.isEmpty()) {
        qCWarning(lcAuth).noquote() << m_callbackServer->errorString();
        m_redirectUri = OAuthConfig::redirectUri(m_config.callbackPorts.first());
        m_callbackServer->deleteLater();
        m_callbackServer = nullptr;
    } else {
        m_state = State::WaitingForCode; // so that fail() reports it
        fail(m_callbackServer->errorString());
        return false;
    }
    m_authorizeUrl = m_config.authorizeUrl(m_redirectUri, m_pkce.challenge, m_stateToken);
    m_state = State::WaitingForCode;
    m_timer.start(m_timeout);
    Q_EMIT authorizeUrlReady(m_authorizeUrl);
    return true;
}

void OAuthLoginFlow::cancel()
{
    if (m_callbackServer)
        m_callbackServer->cancel();
    stop();
    m_state = State::Idle;
}

bool OAuthLoginFlow::completeFromPastedInput(const QString &input)
{
    if (m_state != State::WaitingForCode)
        return false;
    const OAuthCallbackResult result = OAuthCallbackResult::fromPastedInput(input, m_stateToken);
    onCallback(result);
    return result.isCode();
}

bool OAuthLoginFlow::accountFromTokens(const AccountTokens &tokens, Account *account)
{
    const JwtClaims id = JwtClaims::decode(tokens.idToken);
    const JwtClaims access = JwtClaims::decode(tokens.accessToken);
    const auto pick = [](const QString &first, const QString &second) { return first.isEmpty() ? second : first; };
    Account result;
    result.email = pick(id.email(), access.email());
    result.accountId = pick(id.chatgptAccountId(), access.chatgptAccountId());
    result.userId = pick(id.chatgptUserId(), access.chatgptUserId());
    result.planType = pick(id.chatgptPlanType(), access.chatgptPlanType());
    result.addedAt = QDateTime::currentDateTimeUtc();
    result.status = Account::Status::Active;
    if (result.email.isEmpty() && result.accountId.isEmpty())
        return false;
    *account = result;
    return true;
}

void OAuthLoginFlow::onCallback(const OAuthCallbackResult &result)
{
    if (m_state != State::WaitingForCode)
        return;
    if (!result.isCode()) {
        fail(result.message());
        return;
    }
    exchange(result.code);
}

void OAuthLoginFlow::exchange(const QString &code)
{
    m_state = State::Exchanging;
    Q_EMIT exchangingCode();
    m_tokenClient->exchangeCode(code, m_redirectUri, m_pkce.verifier,
                                [this](const OAuthTokenResponse &response) { onTokenResponse(response); });
}

void OAuthLoginFlow::onTokenResponse(const OAuthTokenResponse &response)
{
    if (m_state != State::Exchanging)
        return;
    if (!response.ok()) {
        fail(tr("Signing in failed: %1").arg(response.message));
        return;
    }
    Account account;
    if (!accountFromTokens(response.tokens, &account)) {
        fail(tr("Signing in failed: the sign-in server did not say which ChatGPT account this is."));
        return;
    }
    if (response.tokens.refreshToken.isEmpty())
        qCWarning(lcAuth) << "The sign-in returned no refresh token: the account will need a new sign-in when the "
                             "access token expires";
    if (m_callbackServer)
        m_callbackServer->finish(true);
    stop();
    m_state = State::Finished;
    qCDebug(lcAuth).noquote() << "Signed in as" << account.email << account.planType;
    Q_EMIT succeeded(account, response.tokens);
}

void OAuthLoginFlow::fail(const QString &message)
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    m_errorString = message;
    if (m_callbackServer)
        m_callbackServer->finish(false, message);
    stop();
    m_state = State::Finished;
    Q_EMIT failed(message);
}

void OAuthLoginFlow::stop()
{
    m_timer.stop();
    m_tokenClient->abortAll();
    if (m_callbackServer) {
        // Closes itself shortly after its last page went out (finish()/cancel()); detach it from this flow.
        m_callbackServer->disconnect(this);
        OAuthCallbackServer *server = m_callbackServer;
        m_callbackServer = nullptr;
        QTimer::singleShot(1000, server, &QObject::deleteLater);
    }
    m_pkce = {};
}
