#include "accountsignin.h"

#include "auth/accountstore.h"
#include "auth/oauthloginflow.h"
#include "core/loggingcategories.h"

AccountSignIn::AccountSignIn(AccountStore *accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{
}

AccountSignIn::~AccountSignIn()
{
    cancel();
}

bool AccountSignIn::start()
{
    cancel();
    auto *flow = new OAuthLoginFlow(OAuthConfig::fromEnvironment(), nullptr, this);
    m_flow = flow;
    connect(flow, &OAuthLoginFlow::succeeded, this, [this, flow](const Account &account, const AccountTokens &tokens) {
        flow->deleteLater();
        if (!m_accounts->addOrUpdate(account, tokens)) {
            m_errorString = m_accounts->errorString();
            qCWarning(lcAuth).noquote() << "could not store the signed-in account:" << m_errorString;
            Q_EMIT failed(m_errorString);
            return;
        }
        qCInfo(lcAuth).noquote() << "signed in:" << account.email;
        Q_EMIT succeeded(account.email);
    });
    connect(flow, &OAuthLoginFlow::failed, this, [this, flow](const QString &message) {
        flow->deleteLater();
        m_errorString = message;
        qCWarning(lcAuth).noquote() << "sign-in failed:" << message;
        Q_EMIT failed(message);
    });
    if (!flow->start()) {
        // failed() has already been emitted by the flow.
        m_errorString = flow->errorString();
        return false;
    }
    Q_EMIT started(flow->authorizeUrl());
    return true;
}

void AccountSignIn::cancel()
{
    if (!m_flow)
        return;
    OAuthLoginFlow *flow = m_flow;
    m_flow = nullptr;
    flow->disconnect(this);
    flow->cancel();
    flow->deleteLater();
}

bool AccountSignIn::isRunning() const
{
    return m_flow && m_flow->isRunning();
}

QUrl AccountSignIn::authorizeUrl() const
{
    return m_flow ? m_flow->authorizeUrl() : QUrl();
}

int AccountSignIn::callbackPort() const
{
    return m_flow && m_flow->isRunning() ? QUrl(m_flow->redirectUri()).port() : -1;
}
