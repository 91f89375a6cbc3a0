#include "tokenrefresher.h"

#include "auth/accountstore.h"
#include "auth/oauthconfig.h"
#include "auth/oauthtokenclient.h"
#include "auth/oauthtokenresponse.h"
#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
constexpr std::chrono::milliseconds TokenRequestTimeout{20000};

QString tr(const char *text)
{
    return QCoreApplication::translate("TokenRefresher", text);
}

} // namespace

TokenRefresher::TokenRefresher(AccountStore *store, QObject *parent)
    : TokenRefresher(store, TokenFunction(), parent)
{
}

TokenRefresher::TokenRefresher(AccountStore *store, TokenFunction tokenFunction, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tokenFunction(std::move(tokenFunction))
{
    if (!m_tokenFunction) {
        m_tokenFunction = [this](const QString &refreshToken, std::function<void(const TokenReply &)> done) {
            httpTokenRequest(refreshToken, std::move(done));
        };
    }
}

// Pending waiters are dropped, not called: their owners (credential provider, exchanges) go away with us.
TokenRefresher::~TokenRefresher() = default;

QUrl TokenRefresher::issuerUrl()
{
    return QUrl(OAuthConfig::fromEnvironment().issuer);
}

void TokenRefresher::setRetryPolicy(int maxAttempts, int baseDelayMs)
{
    m_maxAttempts = qMax(1, maxAttempts);
    m_baseDelayMs = qMax(0, baseDelayMs);
}

void TokenRefresher::refresh(const QString &accountKey, Callback callback)
{
    auto it = m_flights.find(accountKey);
    if (it != m_flights.end()) {
        it->waiters.append(std::move(callback));
        return;
    }
    m_flights.insert(accountKey, Flight{{std::move(callback)}, 0});
    sendTokenRequest(accountKey);
}

void TokenRefresher::sendTokenRequest(const QString &accountKey)
{
    auto it = m_flights.find(accountKey);
    if (it == m_flights.end())
        return;
    ++it->attempts;
    // Read the refresh token now, never earlier: it is single-use and the stored one is the only valid one.
    const std::optional<AccountTokens> tokens = m_store ? m_store->tokens(accountKey) : std::nullopt;
    if (!tokens || tokens->refreshToken.isEmpty()) {
        Result result;
        result.signInNeeded = tokens.has_value();
        result.error = ApiError(401, tr("The ChatGPT account %1 cannot be refreshed (%2); sign in again "
                                        "(`codex-bridge accounts add`).")
                                         .arg(accountKey,
                                              tokens ? tr("no refresh token")
                                                     : (m_store ? m_store->errorString() : tr("no account store"))));
        finish(accountKey, result);
        return;
    }
    ++m_tokenRequests;
    qCInfo(lcAuth).noquote() << "refreshing the tokens of account" << accountKey << "attempt" << it->attempts;
    QPointer<TokenRefresher> self(this);
    m_tokenFunction(tokens->refreshToken, [self, accountKey](const TokenReply &reply) {
        if (self)
            self->onTokenReply(accountKey, reply);
    });
}

void TokenRefresher::onTokenReply(const QString &accountKey, const TokenReply &reply)
{
    auto it = m_flights.find(accountKey);
    if (it == m_flights.end())
        return;
    Result result;
    switch (reply.outcome) {
    case TokenReply::Outcome::Ok: {
        std::optional<AccountTokens> tokens = m_store ? m_store->tokens(accountKey) : std::nullopt;
        AccountTokens updated = tokens.value_or(AccountTokens());
        updated.accessToken = reply.accessToken;
        if (!reply.idToken.isEmpty())
            updated.idToken = reply.idToken;
        if (!reply.refreshToken.isEmpty())
            updated.refreshToken = reply.refreshToken;
        updated.lastRefresh = QDateTime::currentDateTimeUtc();
        updated.updateExpiryFromAccessToken();
        if (!updated.accessTokenExpiresAt.isValid())
            updated.accessTokenExpiresAt = reply.accessTokenExpiresAt; // from expires_in
        // Stored before anyone sees the tokens: the old refresh token is spent now.
        if (!m_store || !m_store->updateTokens(accountKey, updated)) {
            const QString why = m_store ? m_store->errorString() : tr("no account store");
            qCCritical(lcAuth).noquote() << "refreshed tokens of account" << accountKey << "could not be stored:" << why;
            result.error = ApiError(500, tr("The refreshed sign-in of ChatGPT account %1 could not be stored: %2")
                                             .arg(accountKey, why));
        } else {
            qCInfo(lcAuth).noquote() << "tokens of account" << accountKey << "refreshed";
            result.tokens = updated;
        }
        break;
    }
    case TokenReply::Outcome::SignInNeeded:
        qCWarning(lcAuth).noquote() << "refresh of account" << accountKey << "refused:" << reply.errorCode
                                    << "- the account needs to sign in again";
        if (m_store && !m_store->setStatus(accountKey, Account::Status::SignInNeeded))
            qCWarning(lcAuth).noquote() << "cannot mark account" << accountKey << ":" << m_store->errorString();
        result.signInNeeded = true;
        result.error = ApiError(401, tr("The sign-in of ChatGPT account %1 is no longer valid (%2): sign in again "
                                        "(`codex-bridge accounts add`).")
                                         .arg(accountKey, reply.errorCode));
        break;
    case TokenReply::Outcome::Transient:
        if (it->attempts < m_maxAttempts) {
            const int delay = m_baseDelayMs * (1 << (it->attempts - 1));
            qCInfo(lcAuth).noquote() << "token refresh of account" << accountKey << "failed (" << reply.message
                                     << "), retrying in" << delay << "ms";
            QTimer::singleShot(delay, this, [this, accountKey] { sendTokenRequest(accountKey); });
            return;
        }
        qCWarning(lcAuth).noquote() << "token refresh of account" << accountKey << "failed:" << reply.message;
        result.error = ApiError(502, tr("Could not refresh the sign-in of ChatGPT account %1 (%2); try again "
                                        "shortly.")
                                         .arg(accountKey, reply.message));
        break;
    case TokenReply::Outcome::Rejected:
        qCWarning(lcAuth).noquote() << "token refresh of account" << accountKey << "rejected:" << reply.errorCode
                                    << reply.message;
        result.error = ApiError(401, tr("The sign-in server refused to refresh ChatGPT account %1 (%2).")
                                         .arg(accountKey, reply.message));
        break;
    }
    finish(accountKey, result);
}

void TokenRefresher::finish(const QString &accountKey, const Result &result)
{
    // Taken out first, so a waiter that asks again starts a new flight instead of joining this finished one.
    const QList<Callback> waiters = m_flights.take(accountKey).waiters;
    for (const Callback &waiter : waiters)
        waiter(result);
}

TokenRefresher::TokenReply TokenRefresher::fromOAuthResponse(const OAuthTokenResponse &response)
{
    TokenReply reply;
    switch (response.errorKind) {
    case OAuthTokenResponse::ErrorKind::None:
        reply.outcome = TokenReply::Outcome::Ok;
        break;
    case OAuthTokenResponse::ErrorKind::SignInNeeded:
        reply.outcome = TokenReply::Outcome::SignInNeeded;
        break;
    case OAuthTokenResponse::ErrorKind::Transient:
        reply.outcome = TokenReply::Outcome::Transient;
        break;
    case OAuthTokenResponse::ErrorKind::Rejected:
    case OAuthTokenResponse::ErrorKind::InvalidResponse:
        reply.outcome = TokenReply::Outcome::Rejected;
        break;
    }
    reply.idToken = response.tokens.idToken;
    reply.accessToken = response.tokens.accessToken;
    reply.refreshToken = response.tokens.refreshToken;
    reply.accessTokenExpiresAt = response.tokens.accessTokenExpiresAt;
    reply.errorCode = response.errorCode;
    reply.message = response.message;
    return reply;
}

TokenRefresher::TokenReply TokenRefresher::parseTokenReply(int httpStatus, const QByteArray &body,
                                                           const QString &networkError)
{
    return fromOAuthResponse(
        OAuthTokenResponse::fromHttpReply(OAuthTokenResponse::Grant::RefreshToken, httpStatus, body, networkError));
}

void TokenRefresher::httpTokenRequest(const QString &refreshToken, std::function<void(const TokenReply &)> done)
{
    if (!m_client) {
        // The issuer is read once: CODEX_BRIDGE_AUTH_URL does not change while the proxy runs.
        m_client = new OAuthTokenClient(OAuthConfig::fromEnvironment(), nullptr, this);
        m_client->setTimeout(TokenRequestTimeout);
    }
    m_client->refresh(refreshToken, [done = std::move(done)](const OAuthTokenResponse &response) {
        done(fromOAuthResponse(response));
    });
}
