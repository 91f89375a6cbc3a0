#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// Where account secrets (serialised AccountTokens) are kept, one secret per account key.
//
// Synchronous for now. The keychain-backed store that comes later (QtKeychain jobs are asynchronous) will run
// its jobs to completion inside these calls; callers must therefore not assume the calls are instant, and must
// only use a store from the thread that created it.
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

    // Short name for diagnostics ("file", later "keychain").
    virtual QString backendName() const = 0;

    virtual ReadStatus read(const QString &key, QByteArray *secret) = 0;
    // Creates or replaces the secret of `key`. False on failure (see errorString()).
    virtual bool write(const QString &key, const QByteArray &secret) = 0;
    // Removing a key that has no secret succeeds.
    virtual bool remove(const QString &key) = 0;

    // The reason of the last failure, translated, without any secret in it.
    QString errorString() const { return m_errorString; }

    // The store chosen by the CODEX_BRIDGE_SECRET_STORE environment variable: unset, empty or "file" ->
    // FileSecretStore (secrets.json in `configDir`). Any other value gives nullptr and `*error` (the keychain
    // store is not available yet).
    static std::unique_ptr<SecretStore> create(const QString &configDir, QString *error = nullptr);

protected:
    void setErrorString(const QString &error) { m_errorString = error; }

private:
    QString m_errorString;
};
