#include "credentialprovider.h"

#include "auth/accountstore.h"
#include "core/loggingcategories.h"

#include <QCoreApplication>

CredentialProvider::CredentialProvider(AccountStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void CredentialProvider::acquire(const QString &sessionKey, Callback callback)
{
    Q_UNUSED(sessionKey)
    Result result;
    const std::optional<Account> account = m_store ? m_store->activeAccount() : std::nullopt;
    if (!account) {
        result.error = ApiError(401, QCoreApplication::translate(
                                         "CredentialProvider",
                                         "No ChatGPT account is set up in Codex Bridge. Add one with "
                                         "`codex-bridge accounts import` (copies your Codex CLI login) or "
                                         "`codex-bridge accounts add`."));
        callback(result);
        return;
    }
    if (account->status == Account::Status::SignInNeeded) {
        result.error = ApiError(401, QCoreApplication::translate("CredentialProvider",
                                                                 "The ChatGPT account %1 needs to sign in again: run "
                                                                 "`codex-bridge accounts add`.")
                                         .arg(account->email));
        callback(result);
        return;
    }
    const std::optional<AccountTokens> tokens = m_store->tokens(account->key());
    if (!tokens || tokens->accessToken.isEmpty()) {
        qCWarning(lcAuth).noquote() << "no tokens for account" << account->email << ":" << m_store->errorString();
        result.error = ApiError(401, QCoreApplication::translate("CredentialProvider",
                                                                 "The tokens of ChatGPT account %1 cannot be read: %2")
                                         .arg(account->email, m_store->errorString()));
        callback(result);
        return;
    }
    result.credentials = UpstreamCredentials{tokens->accessToken, account->accountId, account->email};
    callback(result);
}

void CredentialProvider::reportSuccess(const QString &accountLabel)
{
    if (m_store && !accountLabel.isEmpty())
        m_store->markUsed(accountLabel);
}
