#include "keychainsecretstore.h"

#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

QString fileStoreHint()
{
    return KeychainSecretStore::tr("On a machine without a keychain, set CODEX_BRIDGE_SECRET_STORE=file to keep the tokens in a file "
              "only you can read.");
}

// The event loop below delivers timers and posted events; in the GUI thread that would re-enter the UI.
void warnIfGuiThread()
{
    static bool warned = false;
    const QCoreApplication *app = QCoreApplication::instance();
    if (warned || !app || QThread::currentThread() != app->thread() || !app->inherits("QGuiApplication"))
        return;
    warned = true;
    qCWarning(lcAuth) << "KeychainSecretStore used from the GUI thread; it must only be used from a worker thread";
}

} // namespace

KeychainSecretStore::KeychainSecretStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

KeychainSecretStore::Outcome KeychainSecretStore::run(QKeychain::Job *job)
{
    warnIfGuiThread();
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(m_timeout);
    job->start();
    // Not reading sockets meanwhile keeps the proxy from starting new requests inside this call.
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents | QEventLoop::ExcludeSocketNotifiers);
    if (finished)
        return Outcome::Finished;
    // The backend still holds a pointer to the job: let it delete itself once it is done.
    QObject::disconnect(job, nullptr, &loop, nullptr);
    job->setAutoDelete(true);
    return Outcome::TimedOut;
}

void KeychainSecretStore::failWith(const QKeychain::Job *job, const QString &attempt)
{
    QString cause;
    switch (job->error()) {
    case QKeychain::AccessDeniedByUser:
        cause = tr("access was denied when the keychain asked");
        break;
    case QKeychain::AccessDenied:
        cause = tr("the keychain is locked or denied access (%1)").arg(job->errorString());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        cause = tr("no keychain (Secret Service) is available (%1)").arg(job->errorString());
        break;
    default:
        cause = tr("the keychain (Secret Service) could not be used (%1)").arg(job->errorString());
        break;
    }
    setErrorString(tr("%1: %2. %3").arg(attempt, cause, fileStoreHint()));
    qCWarning(lcAuth).noquote() << attempt << "- keychain error" << int(job->error()) << job->errorString();
}

void KeychainSecretStore::failWithTimeout(const QString &attempt)
{
    setErrorString(tr("%1: the keychain did not answer within %2 seconds (it may be locked and waiting for a "
                      "password, or the Secret Service is not responding). %3")
                       .arg(attempt, QString::number(double(m_timeout.count()) / 1000.0), fileStoreHint()));
    qCWarning(lcAuth).noquote() << attempt << "- the keychain timed out";
}

SecretStore::ReadStatus KeychainSecretStore::read(const QString &key, QByteArray *secret)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(serviceName());
    job->setKey(key);
    if (run(job.get()) == Outcome::TimedOut) {
        job.release(); // deletes itself when done
        failWithTimeout(tr("Could not read the tokens of %1 from the OS keychain").arg(key));
        return ReadStatus::Failed;
    }
    switch (job->error()) {
    case QKeychain::NoError:
        if (secret)
            *secret = job->binaryData();
        return ReadStatus::Found;
    case QKeychain::EntryNotFound:
        return ReadStatus::NotFound;
    default:
        failWith(job.get(), tr("Could not read the tokens of %1 from the OS keychain").arg(key));
        return ReadStatus::Failed;
    }
}

bool KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(serviceName());
    job->setKey(key);
    job->setBinaryData(secret);
    if (run(job.get()) == Outcome::TimedOut) {
        job.release(); // deletes itself when done
        failWithTimeout(tr("Could not store the tokens of %1 in the OS keychain").arg(key));
        return false;
    }
    if (job->error() != QKeychain::NoError) {
        failWith(job.get(), tr("Could not store the tokens of %1 in the OS keychain").arg(key));
        return false;
    }
    return true;
}

bool KeychainSecretStore::remove(const QString &key)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(serviceName());
    job->setKey(key);
    if (run(job.get()) == Outcome::TimedOut) {
        job.release(); // deletes itself when done
        failWithTimeout(tr("Could not delete the tokens of %1 from the OS keychain").arg(key));
        return false;
    }
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
        failWith(job.get(), tr("Could not delete the tokens of %1 from the OS keychain").arg(key));
        return false;
    }
    return true;
}
