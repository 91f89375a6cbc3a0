#include "proxyservice.h"

#include "server/proxyworker.h"

#include <QMetaObject>

ProxyService::ProxyService(const ProxySettings &settings, QObject *parent)
    : QObject(parent)
    , m_worker(new ProxyWorker(settings))
{
    qRegisterMetaType<RequestRecord>();
    qRegisterMetaType<ProxySettings>();
    m_thread.setObjectName(QStringLiteral("proxy"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ProxyWorker::started, this,
            [this](const QString &host, quint16 port) { Q_EMIT started(ProxyWorker::urlFor(host, port)); });
    connect(m_worker, &ProxyWorker::startFailed, this, &ProxyService::startFailed);
    connect(m_worker, &ProxyWorker::requestFinished, this, &ProxyService::requestFinished);
    connect(m_worker, &ProxyWorker::settingsChanged, this, &ProxyService::settingsChanged);
    connect(m_worker, &ProxyWorker::settingsFailed, this, &ProxyService::settingsFailed);
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
