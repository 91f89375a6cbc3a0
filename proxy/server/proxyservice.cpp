#include "proxyservice.h"

#include "server/proxyworker.h"

#include <QHostAddress>
#include <QMetaObject>

ProxyService::ProxyService(const ProxySettings &settings, QObject *parent)
    : QObject(parent)
    , m_worker(new ProxyWorker(settings))
{
    qRegisterMetaType<RequestRecord>();
    m_thread.setObjectName(QStringLiteral("proxy"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ProxyWorker::started, this, [this](const QString &host, quint16 port) {
        const QHostAddress address(host);
        const bool ipv6 = !address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol;
        Q_EMIT started(QStringLiteral("http://%1:%2").arg(ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host)
                           .arg(port));
    });
    connect(m_worker, &ProxyWorker::startFailed, this, &ProxyService::startFailed);
    connect(m_worker, &ProxyWorker::requestFinished, this, &ProxyService::requestFinished);
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

void ProxyService::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &ProxyWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
