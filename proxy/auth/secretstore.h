#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// Where account secrets (serialised AccountTokens) are kept, one secret per account key.
//
// Synchronous: the keychain-backed store runs QtKeychain's asynchronous jobs to completion inside these calls
// (bounded by a timeout). Callers must therefore not assume the calls are instant, must not call them from the
// GUI thread, and must only use a store from the thread that created it.
//
// Implementations never log a secret, not even partially.
class SecretStore
{
public:
    enum class ReadStatus {
        Found,
        NotFound, // no secret for this key: not an error
        Failed,   // the store could not be read; errorString() says why
    };

    SecretStore() = default;
    virtual ~SecretStore();
    Q_DISABLE_COPY_MOVE(SecretStore)

    // Short name for diagnostics ("keychain", "file").
    virtual QString backendName() const = 0;

    virtual ReadStatus read(const QString &key, QByteArray *secret) = 0;
    // Creates or replaces the secret of `key`. False on failure (see errorString()).
    virtual bool write(const QString &key, const QByteArray &secret) = 0;
    // Removing a key that has no secret succeeds.
    virtual bool remove(const QString &key) = 0;

    // The reason of the last failure, translated, without any secret in it.
    QString errorString() const { return m_errorString; }

    // The store chosen by the CODEX_BRIDGE_SECRET_STORE environment variable (case-insensitive): unset, empty
    // or "keychain" -> KeychainSecretStore (the OS keychain); "file" -> FileSecretStore (secrets.json in
    // `configDir`, mode 0600; a warning saying so is logged once per process). Any other value gives nullptr and
    // `*error`.
    static std::unique_ptr<SecretStore> create(const QString &configDir, QString *error = nullptr);

protected:
    void setErrorString(const QString &error) { m_errorString = error; }

private:
    QString m_errorString;
};
