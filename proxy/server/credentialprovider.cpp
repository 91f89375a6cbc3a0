#include "credentialprovider.h"

#include "auth/accountstore.h"
#include "core/loggingcategories.h"
#include "core/proxysettings.h"
#include "upstream/upstreamfailure.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CredentialProvider", text);
}

AccountRouter::Mode modeFromSettings(const QString &rotation)
{
    const std::optional<AccountRouter::Mode> mode = AccountRouter::modeFromString(rotation);
    if (!mode && !rotation.isEmpty())
        qCWarning(lcAuth).noquote() << "unknown rotation" << rotation << "- using the active account only";
    return mode.value_or(AccountRouter::Mode::Off);
}

} // namespace

CredentialProvider::CredentialProvider(AccountStore *store, const QString &rotation, QObject *parent)
    : CredentialProvider(store, modeFromSettings(rotation), nullptr, parent)
{
}

CredentialProvider::CredentialProvider(AccountStore *store, AccountRouter::Mode mode, TokenRefresher *refresher,
                                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_router(mode)
    , m_refresher(refresher ? refresher : new TokenRefresher(store, this))
{
    m_refresher->setParent(this);
    if (mode != AccountRouter::Mode::Off)
        qCInfo(lcAuth).noquote() << "account rotation:" << AccountRouter::modeToString(mode);
}

ApiError CredentialProvider::noAccountError()
{
    return ApiError(401, tr("No ChatGPT account is set up in Codex Bridge. Add one with "
                            "`codex-bridge accounts import` (copies your Codex CLI login) or "
                            "`codex-bridge accounts add`."));
}

UpstreamCredentials CredentialProvider::credentialsFor(const Account &account, const AccountTokens &tokens)
{
    return UpstreamCredentials{tokens.accessToken, account.accountId, account.email};
}

void CredentialProvider::acquire(const QString &sessionKey, Callback callback)
{
    acquireFrom(sessionKey, std::move(callback), m_store ? int(m_store->accounts().size()) : 0);
}

void CredentialProvider::acquireFrom(const QString &sessionKey, Callback callback, int accountsLeft)
{
    Result result;
    if (!m_store || m_store->accounts().isEmpty()) {
        result.error = noAccountError();
        callback(result);
        return;
    }
    const std::optional<Account> active = m_store->activeAccount();
    const AccountRouter::Choice choice
        = m_router.choose(m_store->accounts(), active ? active->key() : QString(), sessionKey);
    if (!choice.account) {
        result.error = choice.error.value_or(noAccountError());
        callback(result);
        return;
    }
    const Account account = *choice.account;
    if (account.status == Account::Status::SignInNeeded) {
        result.error = ApiError(401, tr("The ChatGPT account %1 needs to sign in again: run "
                                        "`codex-bridge accounts add`.")
                                         .arg(account.email));
        callback(result);
        return;
    }
    if (account.status == Account::Status::Disabled) {
        result.error = ApiError(401, tr("The ChatGPT account %1 is disabled; switch to another account.")
                                         .arg(account.email));
        callback(result);
        return;
    }
    const std::optional<AccountTokens> tokens = m_store->tokens(account.key());
    if (!tokens || tokens->isEmpty()) {
        qCWarning(lcAuth).noquote() << "no tokens for account" << account.email << ":" << m_store->errorString();
        result.error = ApiError(401, tr("The tokens of ChatGPT account %1 cannot be read: %2")
                                         .arg(account.email, m_store->errorString()));
        callback(result);
        return;
    }
    if (!tokens->expiresWithin(TokenRefresher::ProactiveMargin) || tokens->refreshToken.isEmpty()) {
        // Without a refresh token the access token is all there is; the upstream says when it stops working.
        result.credentials = credentialsFor(account, *tokens);
        callback(result);
        return;
    }
    QPointer<CredentialProvider> self(this);
    m_refresher->refresh(account.key(), [self, account, old = *tokens, sessionKey, callback = std::move(callback),
                                         accountsLeft](const TokenRefresher::Result &refreshed) {
        if (!self)
            return;
        Result result;
        if (refreshed.tokens) {
            result.credentials = credentialsFor(account, *refreshed.tokens);
        } else if (!refreshed.signInNeeded && !old.accessToken.isEmpty() && !old.expiresWithin(std::chrono::seconds(0))) {
            // A proactive refresh failed for a passing reason: the current token still works for a while.
            result.credentials = credentialsFor(account, old);
        } else if (self->m_router.rotates() && accountsLeft > 1) {
            if (!refreshed.signInNeeded)
                self->m_router.reportFailure(account.key());
            self->acquireFrom(sessionKey, callback, accountsLeft - 1);
            return;
        } else {
            result.error = refreshed.error.value_or(ApiError(502, tr("The token refresh failed.")));
        }
        callback(result);
    });
}

void CredentialProvider::refreshAfterUnauthorized(const UpstreamCredentials &rejected, Callback callback)
{
    Result result;
    const QString key = keyOf(rejected);
    if (key.isEmpty()) {
        result.error = noAccountError();
        callback(result);
        return;
    }
    const std::optional<Account> account = m_store->account(key);
    const std::optional<AccountTokens> current = m_store->tokens(key);
    if (current && !current->accessToken.isEmpty() && current->accessToken != rejected.accessToken
        && !current->expiresWithin(std::chrono::seconds(0))) {
        // Another request refreshed this account since `rejected` was handed out.
        result.credentials = credentialsFor(*account, *current);
        callback(result);
        return;
    }
    QPointer<CredentialProvider> self(this);
    m_refresher->refresh(key, [self, account = *account, callback = std::move(callback)](
                                  const TokenRefresher::Result &refreshed) {
        if (!self)
            return;
        Result result;
        if (refreshed.tokens)
            result.credentials = credentialsFor(account, *refreshed.tokens);
        else
            result.error = refreshed.error.value_or(ApiError(401, tr("The token refresh failed.")));
        callback(result);
    });
}

bool CredentialProvider::reportUsageLimit(const UpstreamCredentials &credentials, const UpstreamFailure &failure)
{
    if (!m_router.rotates())
        return false;
    const QString key = keyOf(credentials);
    if (key.isEmpty())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime resetsAt;
    if (failure.resetsAt > 0)
        resetsAt = QDateTime::fromSecsSinceEpoch(failure.resetsAt, Qt::UTC);
    else if (failure.resetsInSeconds >= 0)
        resetsAt = now.addSecs(failure.resetsInSeconds);
    m_router.reportUsageLimit(key, resetsAt, now);
    qCInfo(lcAuth).noquote() << "account" << credentials.accountLabel << "reached its usage limit; skipped until"
                             << m_router.cooldownUntil(key, now).toString(Qt::ISODate);
    return true;
}

void CredentialProvider::reportSuccess(const QString &accountLabel)
{
    if (m_store && !accountLabel.isEmpty())
        m_store->markUsed(accountLabel);
}

QString CredentialProvider::keyOf(const UpstreamCredentials &credentials) const
{
    if (!m_store)
        return {};
    const std::optional<Account> account = m_store->account(
        credentials.chatgptAccountId.isEmpty() ? credentials.accountLabel : credentials.chatgptAccountId);
    return account ? account->key() : QString();
}
