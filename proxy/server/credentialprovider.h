#pragma once

#include "core/apierror.h"
#include "upstream/upstreamcredentials.h"

#include <QObject>

#include <functional>
#include <optional>

class AccountStore;

// Hands out the credentials for an upstream request. Asynchronous on purpose: obtaining them may need the
// network (a token refresh), and the proxy thread must never wait. The callback may run before acquire()
// returns.
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

    explicit CredentialProvider(AccountStore *store, QObject *parent = nullptr);

    // `sessionKey` identifies the client conversation (for account stickiness once several accounts rotate).
    void acquire(const QString &sessionKey, Callback callback);
    // The account served a request successfully.
    void reportSuccess(const QString &accountLabel);

private:
    AccountStore *m_store;
};
