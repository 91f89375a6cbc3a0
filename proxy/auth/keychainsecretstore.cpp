#include "keychainsecretstore.h"

#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#ifdef CODEXBRIDGE_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

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

// libsecret reports an entry it could not unlock (a locked keyring, and no one answered the unlock prompt) as not
// found. "Sign in again" would then be the wrong advice, so a miss is double-checked against the lock state of
// the default collection, where QtKeychain keeps its entries.
bool defaultCollectionIsLocked(std::chrono::milliseconds timeout)
{
#ifdef CODEXBRIDGE_HAVE_QTDBUS
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                       QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                                                       QStringLiteral("org.freedesktop.DBus.Properties"),
                                                       QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, int(timeout.count()));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    return reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
#else
    Q_UNUSED(timeout)
    return false;
#endif
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

void KeychainSecretStore::failWithLocked(const QString &attempt)
{
    setErrorString(tr("%1: the keychain is locked; unlock it (for example by logging in to the desktop session) "
                      "and try again. %2")
                       .arg(attempt, fileStoreHint()));
    qCWarning(lcAuth).noquote() << attempt << "- the keychain is locked";
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
        if (defaultCollectionIsLocked(m_timeout)) {
            failWithLocked(tr("Could not read the tokens of %1 from the OS keychain").arg(key));
            return ReadStatus::Failed;
        }
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
    // libsecret does not say whether a locked entry was left in place; do not let the caller forget an account
    // whose tokens are still in the keychain.
    if (defaultCollectionIsLocked(m_timeout)) {
        failWithLocked(tr("Could not delete the tokens of %1 from the OS keychain").arg(key));
        return false;
    }
    return true;
}
