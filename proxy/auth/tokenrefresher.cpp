#include "tokenrefresher.h"

#include "auth/accountstore.h"
#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace {
const char ClientId[] = "app_EMoamEEZ73f0CkXaXp7hrann"; // codex-protocol.md section 7
constexpr int TokenRequestTimeoutMs = 20000;

QString tr(const char *text)
{
    return QCoreApplication::translate("TokenRefresher", text);
}

bool isSignInCode(const QString &code)
{
    return code == QLatin1String("refresh_token_reused") || code == QLatin1String("refresh_token_expired")
        || code == QLatin1String("refresh_token_invalidated");
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
    const QByteArray env = qgetenv("CODEX_BRIDGE_AUTH_URL");
    return QUrl(env.isEmpty() ? QStringLiteral("https://auth.openai.com") : QString::fromUtf8(env));
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

TokenRefresher::TokenReply TokenRefresher::parseTokenReply(int httpStatus, const QByteArray &body,
                                                           const QString &networkError)
{
    TokenReply reply;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (httpStatus == 200) {
        reply.accessToken = json.value(QLatin1String("access_token")).toString();
        reply.idToken = json.value(QLatin1String("id_token")).toString();
        reply.refreshToken = json.value(QLatin1String("refresh_token")).toString();
        if (reply.accessToken.isEmpty()) {
            reply.outcome = TokenReply::Outcome::Rejected;
            reply.message = tr("the token reply has no access token");
        } else {
            reply.outcome = TokenReply::Outcome::Ok;
        }
        return reply;
    }
    // {"error":{"code","message"}} (OpenAI) or {"error":"code","error_description"} (RFC 6749).
    const QJsonValue error = json.value(QLatin1String("error"));
    if (error.isObject()) {
        reply.errorCode = error.toObject().value(QLatin1String("code")).toString();
        reply.message = error.toObject().value(QLatin1String("message")).toString();
    } else {
        reply.errorCode = error.toString();
        reply.message = json.value(QLatin1String("error_description")).toString();
    }
    if (reply.errorCode.isEmpty())
        reply.errorCode = json.value(QLatin1String("code")).toString();
    if (reply.message.isEmpty())
        reply.message = httpStatus == 0 ? networkError : tr("HTTP %1").arg(httpStatus);
    if (isSignInCode(reply.errorCode))
        reply.outcome = TokenReply::Outcome::SignInNeeded;
    else if (httpStatus == 0 || httpStatus >= 500 || httpStatus == 429 || httpStatus == 408)
        reply.outcome = TokenReply::Outcome::Transient;
    else
        reply.outcome = TokenReply::Outcome::Rejected;
    return reply;
}

void TokenRefresher::httpTokenRequest(const QString &refreshToken, std::function<void(const TokenReply &)> done)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QUrl url = issuerUrl();
    url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/+$"))) + QStringLiteral("/oauth/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(TokenRequestTimeoutMs);
    const QJsonObject body{{QStringLiteral("client_id"), QLatin1String(ClientId)},
                           {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                           {QStringLiteral("refresh_token"), refreshToken},
                           {QStringLiteral("scope"), QStringLiteral("openid profile email")}};
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        done(parseTokenReply(status, reply->readAll(), reply->errorString()));
    });
}
