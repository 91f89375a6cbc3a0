#pragma once

#include "auth/secretstore.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace QKeychain {
class Job;
}

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager
// on Windows): one entry per key under the service name "Codex Bridge".
//
// QtKeychain jobs are asynchronous; each call runs its job to completion in a local QEventLoop, bounded by a
// timeout so a keychain that never answers (an unlock prompt nobody sees, a hung Secret Service) gives Failed
// instead of a hang. The local loop still delivers this thread's timers and posted events (not socket
// notifiers), so it must never run in the GUI thread: the store is used from the proxy worker thread and from
// the command line only, and always from the one thread that created it (QtKeychain queues its jobs on a
// per-process executor living in the thread that first used it).
//
// A job that timed out cannot be cancelled (QtKeychain has no cancel and its backend holds a pointer to the
// job), so it is left to finish and delete itself; until it does, later jobs wait behind it and time out too.
//
// libsecret reports entries of a locked keyring whose unlock prompt failed as missing, and deletes of them as
// done; read() and remove() therefore check whether the default collection is locked (over D-Bus) and fail
// instead of answering NotFound or pretending the entry is gone.
//
// Every failure message names the cause and that CODEX_BRIDGE_SECRET_STORE=file is the alternative for machines
// without a keychain.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    static constexpr std::chrono::milliseconds defaultTimeout{30000};

    explicit KeychainSecretStore(std::chrono::milliseconds timeout = defaultTimeout);
    ~KeychainSecretStore() override;

    static QString serviceName() { return QStringLiteral("Codex Bridge"); }

    QString backendName() const override { return QStringLiteral("keychain"); }
    ReadStatus read(const QString &key, QByteArray *secret) override;
    bool write(const QString &key, const QByteArray &secret) override;
    bool remove(const QString &key) override;

private:
    enum class Outcome { Finished, TimedOut };
    // Starts `job` (owned by the caller until then) and waits for it. On TimedOut the job has been handed over
    // to QtKeychain's auto-delete and must not be touched any more.
    Outcome run(QKeychain::Job *job);
    // Sets errorString() from a failed job (or a timeout); `attempt` says what failed ("Could not read ...").
    void failWith(const QKeychain::Job *job, const QString &attempt);
    void failWithTimeout(const QString &attempt);
    void failWithLocked(const QString &attempt);

    std::chrono::milliseconds m_timeout;
};
