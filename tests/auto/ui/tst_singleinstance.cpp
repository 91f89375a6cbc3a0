#include "desktop/singleinstance.h"

#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondInstanceActivatesFirst();
    void staleSocketIsReplaced();
    void configFoldersAreSeparate();
};

void tst_SingleInstance::secondInstanceActivatesFirst()
{
    QTemporaryDir config;
    SingleInstance first(config.path());
    QVERIFY(first.start());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    // The second start runs in the same process here; it talks to the first over the socket all the same.
    SingleInstance second(config.path());
    QVERIFY(!second.start());
    QTRY_COMPARE(activated.count(), 1);
}

void tst_SingleInstance::staleSocketIsReplaced()
{
#if defined(Q_OS_UNIX)
    QTemporaryDir config;
    const QString name = SingleInstance::serverNameFor(config.path());
    {
        // A crashed primary leaves its socket file behind: listen, then close without removing it.
        QLocalServer crashed;
        crashed.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(crashed.listen(name));
        const QString path = crashed.fullServerName();
        crashed.close();
        QFile leftover(path);
        QVERIFY(leftover.open(QIODevice::WriteOnly)); // the file exists again, nobody listens
    }
    SingleInstance instance(config.path());
    QVERIFY(instance.start());
    QSignalSpy activated(&instance, &SingleInstance::activationRequested);
    SingleInstance later(config.path());
    QVERIFY(!later.start());
    QTRY_COMPARE(activated.count(), 1);
#else
    QSKIP("stale socket files exist on Unix only");
#endif
}

void tst_SingleInstance::configFoldersAreSeparate()
{
    QTemporaryDir a;
    QTemporaryDir b;
    QVERIFY(SingleInstance::serverNameFor(a.path()) != SingleInstance::serverNameFor(b.path()));
    SingleInstance first(a.path());
    SingleInstance other(b.path());
    QVERIFY(first.start());
    QVERIFY(other.start());
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
