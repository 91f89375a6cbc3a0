#pragma once

#include "core/proxysettings.h"
#include "server/accountoverview.h"
#include "server/requestrecord.h"

#include <QObject>
#include <QThread>

class ProxyWorker;

// The proxy as seen from the main thread (CLI or GUI): starts the HTTP server and everything behind it on a
// worker thread and reports through signals. The main thread never waits on the network.
class ProxyService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyService)

public:
    explicit ProxyService(const ProxySettings &settings, QObject *parent = nullptr);
    ~ProxyService() override;

    void start();
    // Closes the listener and every connection (in-flight streams are cut) and joins the worker thread.
    void stop();
    // Takes `settings` while running (ProxyWorker::applySettings): a new host/port moves the listener without a
    // restart, the rest applies from the next request. Answered by settingsChanged() or settingsFailed(). Does not
    // write settings.json: save with ProxySettings::save() as well when the change should last.
    void applySettings(const ProxySettings &settings);

    // The tray's small API: each call is queued to the proxy thread and returns at once; the outcome arrives
    // through the signals below.
    void switchAccount(const QString &emailOrAccountId);
    // Opens nothing: signInStarted() gives the URL to show in the user's browser.
    void startSignIn();
    void cancelSignIn();
    void refreshQuotas();

Q_SIGNALS:
    void started(const QString &url);
    void startFailed(const QString &error);
    void requestFinished(const RequestRecord &record);
    // The settings in effect changed, here or from the dashboard (POST /settings, which also saves them); host and
    // port are the address actually listened on.
    void settingsChanged(const ProxySettings &settings);
    void settingsFailed(const QString &error);
    void accountsChanged(const QList<AccountOverview> &accounts);
    void requestsTodayChanged(qint64 requests);
    void signInStarted(const QUrl &authorizeUrl);
    void signInSucceeded(const QString &email);
    void signInFailed(const QString &message);
    void switchFailed(const QString &message);

private:
    QThread m_thread;
    ProxyWorker *m_worker;
};
