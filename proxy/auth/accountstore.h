#pragma once

#include "auth/account.h"
#include "auth/accounttokens.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QFileSystemWatcher;
class QTimer;
class SecretStore;

// The ChatGPT accounts the proxy can use, with the active one.
//
// Metadata (Account) goes to accounts.json in the config dir:
//   {"version":1,"activeAccount":"<account id or email>","accounts":[{email, accountId, ...}, ...]}
// Tokens (AccountTokens) go to a SecretStore under the key "account:<Account::key()>"; they never appear in
// accounts.json.
//
// The config dir is CODEX_BRIDGE_CONFIG_DIR when set, else QStandardPaths::AppConfigLocation (the application
// sets its name to "codex-bridge", giving e.g. ~/.config/codex-bridge).
//
// Accounts are addressed by email or account id: an account id is unique, an email may name several
// workspaces (then the first one matches; use the account id to be precise).
//
// Every change is written at once (QSaveFile); when writing fails the change is undone in memory, so memory and
// disk agree. A file that exists but cannot be parsed is never overwritten: load() reports it and every change
// fails until the user fixes or removes it, or calls clear() (which moves the bad file aside, keeping it).
//
// The command line (`codex-bridge accounts ...`) may change accounts.json while the server runs: after load(),
// the file and its folder are watched and an external change is read again (reloaded() is emitted) when the
// content really differs from what this store last read or wrote. A new file that cannot be parsed does not
// replace the accounts in memory; like a corrupt file at load(), it makes the store refuse changes (the bad file
// is never overwritten) until it is fixed. Usage times not written yet survive a reload.
//
// Thread-safety: none. The store lives in and is used from the proxy worker thread only; other threads (the UI)
// must talk to it through queued signals/slots.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    // Uses defaultConfigDir() and SecretStore::create(). If the secret store cannot be created, every token
    // operation fails with errorString() explaining why.
    explicit AccountStore(QObject *parent = nullptr);
    // For tests and embedders: an explicit folder and secret store (may be null: token operations then fail).
    AccountStore(QString configDir, std::unique_ptr<SecretStore> secretStore, QObject *parent = nullptr);
    ~AccountStore() override;
    Q_DISABLE_COPY_MOVE(AccountStore)

    static QString defaultConfigDir();
    static QString metadataFileName() { return QStringLiteral("accounts.json"); }

    QString configDir() const { return m_configDir; }
    QString metadataFilePath() const;
    SecretStore *secretStore() const { return m_secretStore.get(); }

    // Reads accounts.json. A missing file is an empty store (true). An unreadable or corrupt file gives false,
    // an empty store and errorString(); the file is kept as it is. Starts watching the file for external changes.
    bool load();
    // True after load() failed on an existing file; changes are refused until clear() or a successful load().
    bool isReadOnly() const { return m_loadFailed; }

    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> account(const QString &emailOrAccountId) const;
    // The active account; std::nullopt when there is none.
    std::optional<Account> activeAccount() const;

    // Stores the account and its tokens. An account that is already stored (same account id, or same email when
    // an id is missing) is updated in place: its position, addedAt and lastUsedAt are kept. The first account
    // added becomes the active one. Tokens are written before the metadata, so an account in accounts.json
    // always has its tokens.
    bool addOrUpdate(const Account &account, const AccountTokens &tokens);
    bool setActive(const QString &emailOrAccountId);
    // Removes the account and its tokens. When it was active, the first remaining account becomes active.
    bool remove(const QString &emailOrAccountId);
    // Removes every account and its tokens.
    bool clear();

    // The tokens of an account; std::nullopt when the account is unknown, has no tokens or the secret store
    // failed (errorString() tells which).
    std::optional<AccountTokens> tokens(const QString &emailOrAccountId);
    // Replaces the tokens (after a refresh). Written before anything else: refresh tokens are single-use.
    bool updateTokens(const QString &emailOrAccountId, const AccountTokens &tokens);

    bool setStatus(const QString &emailOrAccountId, Account::Status status);
    // Records that the account served a request. Kept in memory at once; written to disk by the first call, then
    // by calls a minute or more after the last such write (it is called for every request), by any other change,
    // or by the destructor. accountsChanged() is emitted only when written.
    bool markUsed(const QString &emailOrAccountId, const QDateTime &when = QDateTime::currentDateTimeUtc());

    // The reason of the last failure, translated, without any secret in it.
    QString errorString() const { return m_errorString; }

    static QString secretKeyFor(const Account &account) { return QStringLiteral("account:") + account.key(); }

Q_SIGNALS:
    void accountsChanged();
    void activeAccountChanged();
    // accounts.json was changed by another process and has been read again (accountsChanged() and
    // activeAccountChanged() are emitted as well when they apply).
    void reloaded();

private:
    struct Snapshot {
        QList<Account> accounts;
        QString activeKey;
    };
    // Parses the content of accounts.json; std::nullopt and `*why` when it is not a valid accounts file.
    std::optional<Snapshot> parse(const QByteArray &content, QString *why) const;
    QString unreadableFileError(const QString &why) const;
    // (Re-)adds the file and its folder (or the nearest existing parent) to the watcher; a file replaced by
    // QSaveFile is a new file and drops out of the watch.
    void watchMetadataFile();
    void reloadIfChanged();
    // Runs a pending reload at once.
    void syncWithDisk();
    qsizetype indexOf(const QString &emailOrAccountId) const;
    bool ensureWritable();
    // Writes m_accounts/m_activeKey; on failure restores `previousAccounts`/`previousActiveKey`.
    bool saveOrRevert(const QList<Account> &previousAccounts, const QString &previousActiveKey);
    bool save();
    bool fail(const QString &error);

    QString m_configDir;
    std::unique_ptr<SecretStore> m_secretStore;
    QString m_secretStoreError;
    QList<Account> m_accounts;
    QString m_activeKey; // Account::key() of the active account, empty when none
    bool m_loadFailed = false;
    bool m_unsavedUsage = false; // lastUsedAt changed in memory only
    QDateTime m_lastUsageWrite;  // `when` of the last markUsed() that wrote the file
    QString m_errorString;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr; // coalesces the burst of notifications one replacement causes
    // accounts.json as this store last read or wrote it (std::nullopt: no file), to tell external changes apart.
    std::optional<QByteArray> m_knownContent;
};
