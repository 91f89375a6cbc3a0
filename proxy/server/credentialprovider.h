#pragma once

#include "auth/accountrouter.h"
#include "auth/tokenrefresher.h"
#include "core/apierror.h"
#include "upstream/upstreamcredentials.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class AccountStore;
class UpstreamFailure;

// Hands out the credentials for an upstream request. Asynchronous on purpose: obtaining them may need the
// network (a token refresh), and the proxy thread must never wait. The callback may run before acquire()
// returns.
//
// The account comes from an AccountRouter (the active one, or rotation when the `rotation` setting asks for it);
// its access token is refreshed first (single-flight, TokenRefresher) when it expires within five minutes.
class CredentialProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialProvider)

public:
    struct Result
    {
        std::optional<UpstreamCredentials> credentials;
        std::optional<ApiError> error; // when there are no usable credentials
    };
    using Callback = std::function<void(const Result &)>;

    // `rotation` is a ProxySettings::rotation value ("off", "sticky", "round-robin").
    CredentialProvider(AccountStore *store, const QString &rotation, QObject *parent = nullptr);
    // For tests and embedders: an explicit mode and refresher (adopted as a child; null = the default one).
    CredentialProvider(AccountStore *store, AccountRouter::Mode mode, TokenRefresher *refresher,
                       QObject *parent = nullptr);

    // `sessionKey` identifies the client conversation (sticky rotation keeps it on one account).
    void acquire(const QString &sessionKey, Callback callback);
    // The upstream answered 401 to `rejected`: refresh that account's tokens (joining a refresh already under way;
    // no new refresh when the stored token already differs from the rejected one) and hand out the new ones.
    void refreshAfterUnauthorized(const UpstreamCredentials &rejected, Callback callback);
    // The account answered usage_limit_reached: it cools down until its reset. True when rotation is on, i.e. the
    // caller may acquire() again to move the request to another account.
    bool reportUsageLimit(const UpstreamCredentials &credentials, const UpstreamFailure &failure);
    // The account served a request successfully.
    void reportSuccess(const QString &accountLabel);

    bool rotates() const { return m_router.rotates(); }
    AccountRouter &router() { return m_router; }
    TokenRefresher *refresher() const { return m_refresher; }

private:
    void acquireFrom(const QString &sessionKey, Callback callback, int accountsLeft);
    // Account::key() of the account behind `credentials`; empty when it is gone.
    QString keyOf(const UpstreamCredentials &credentials) const;
    static UpstreamCredentials credentialsFor(const Account &account, const AccountTokens &tokens);
    static ApiError noAccountError();

    QPointer<AccountStore> m_store;
    AccountRouter m_router;
    TokenRefresher *m_refresher;
};
