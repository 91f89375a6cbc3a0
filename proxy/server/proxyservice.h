#pragma once

#include "core/proxysettings.h"
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

Q_SIGNALS:
    void started(const QString &url);
    void startFailed(const QString &error);
    void requestFinished(const RequestRecord &record);

private:
    QThread m_thread;
    ProxyWorker *m_worker;
};
