#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class AccountStore;
class OAuthLoginFlow;

// One browser sign-in at a time whose account is stored in the AccountStore when it succeeds. Shared by the tray
// ("Add ChatGPT account...", through ProxyService) and POST /accounts/add: starting a new sign-in replaces one
// still running, so the callback port is never held twice. Opening the browser is the caller's job.
class AccountSignIn : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSignIn)

public:
    explicit AccountSignIn(AccountStore *accounts, QObject *parent = nullptr);
    ~AccountSignIn() override;

    // Starts a sign-in (cancelling a running one). False, with errorString(), when no callback port could be
    // opened; failed() is emitted then too.
    bool start();
    void cancel();
    bool isRunning() const;
    QUrl authorizeUrl() const;
    // The local port the browser comes back to; -1 when not running.
    int callbackPort() const;
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void started(const QUrl &authorizeUrl);
    // The account is stored (and the active one when it is the first).
    void succeeded(const QString &email);
    void failed(const QString &message);

private:
    AccountStore *m_accounts;
    QPointer<OAuthLoginFlow> m_flow;
    QString m_errorString;
};
