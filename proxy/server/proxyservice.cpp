#include "proxyservice.h"

#include "server/proxyworker.h"

#include <QMetaObject>

ProxyService::ProxyService(const ProxySettings &settings, QObject *parent)
    : QObject(parent)
    , m_worker(new ProxyWorker(settings))
{
    qRegisterMetaType<RequestRecord>();
    qRegisterMetaType<ProxySettings>();
    qRegisterMetaType<AccountOverview>();
    qRegisterMetaType<QList<AccountOverview>>();
    m_thread.setObjectName(QStringLiteral("proxy"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ProxyWorker::started, this,
            [this](const QString &host, quint16 port) { Q_EMIT started(ProxyWorker::urlFor(host, port)); });
    connect(m_worker, &ProxyWorker::startFailed, this, &ProxyService::startFailed);
    connect(m_worker, &ProxyWorker::requestFinished, this, &ProxyService::requestFinished);
    connect(m_worker, &ProxyWorker::settingsChanged, this, &ProxyService::settingsChanged);
    connect(m_worker, &ProxyWorker::settingsFailed, this, &ProxyService::settingsFailed);
    connect(m_worker, &ProxyWorker::accountsChanged, this, &ProxyService::accountsChanged);
    connect(m_worker, &ProxyWorker::requestsTodayChanged, this, &ProxyService::requestsTodayChanged);
    connect(m_worker, &ProxyWorker::signInStarted, this, &ProxyService::signInStarted);
    connect(m_worker, &ProxyWorker::signInSucceeded, this, &ProxyService::signInSucceeded);
    connect(m_worker, &ProxyWorker::signInFailed, this, &ProxyService::signInFailed);
    connect(m_worker, &ProxyWorker::switchFailed, this, &ProxyService::switchFailed);
}

ProxyService::~ProxyService()
{
    stop();
}

void ProxyService::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ProxyWorker::start, Qt::QueuedConnection);
}

void ProxyService::applySettings(const ProxySettings &settings)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, settings] { worker->applySettings(settings); },
                              Qt::QueuedConnection);
}

void ProxyService::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &ProxyWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ProxyService::switchAccount(const QString &emailOrAccountId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, emailOrAccountId] { worker->switchAccount(emailOrAccountId); },
                              Qt::QueuedConnection);
}

void ProxyService::startSignIn()
{
    QMetaObject::invokeMethod(m_worker, &ProxyWorker::startSignIn, Qt::QueuedConnection);
}

void ProxyService::cancelSignIn()
{
    QMetaObject::invokeMethod(m_worker, &ProxyWorker::cancelSignIn, Qt::QueuedConnection);
}

void ProxyService::refreshQuotas()
{
    QMetaObject::invokeMethod(m_worker, &ProxyWorker::refreshQuotas, Qt::QueuedConnection);
}
