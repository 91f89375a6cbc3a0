#include "accountstore.h"

#include "auth/secretstore.h"
#include "core/loggingcategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>

namespace {

constexpr int kFormatVersion = 1;
// markUsed() writes at most this often per account; lastUsedAt is informational (UI, rotation order).
constexpr qint64 kUsageWriteIntervalSecs = 60;
// An external write shows up as several notifications (folder and file); read the file once they settle.
constexpr int kReloadDelayMs = 100;

} // namespace

AccountStore::AccountStore(QObject *parent)
    : QObject(parent)
    , m_configDir(defaultConfigDir())
{
    m_secretStore = SecretStore::create(m_configDir, &m_secretStoreError);
}

AccountStore::AccountStore(QString configDir, std::unique_ptr<SecretStore> secretStore, QObject *parent)
    : QObject(parent)
    , m_configDir(std::move(configDir))
    , m_secretStore(std::move(secretStore))
{
    if (!m_secretStore)
        m_secretStoreError = tr("No secret store is available.");
}

AccountStore::~AccountStore()
{
    {
        const QSignalBlocker noSignalsWhileDestroyed(this);
        syncWithDisk();
    }
    if (m_unsavedUsage && !m_loadFailed && !save())
        qCWarning(lcAuth) << "Could not save account usage times:" << m_errorString;
}

QString AccountStore::defaultConfigDir()
{
    const QString fromEnvironment = qEnvironmentVariable("CODEX_BRIDGE_CONFIG_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString AccountStore::metadataFilePath() const
{
    return QDir(m_configDir).filePath(metadataFileName());
}

bool AccountStore::fail(const QString &error)
{
    m_errorString = error;
    return false;
}

QString AccountStore::unreadableFileError(const QString &why) const
{
    return tr("The accounts file %1 could not be read (%2). It was left untouched; fix or remove it, or remove all "
              "accounts to start again.")
        .arg(QDir::toNativeSeparators(metadataFilePath()), why);
}

std::optional<AccountStore::Snapshot> AccountStore::parse(const QByteArray &content, QString *why) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *why = parseError.errorString();
        return std::nullopt;
    }
    if (!document.isObject()) {
        *why = tr("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt(kFormatVersion) > kFormatVersion) {
        *why = tr("written by a newer version of Codex Bridge");
        return std::nullopt;
    }
    const QJsonValue list = root.value(QLatin1String("accounts"));
    if (!list.isArray() && !list.isUndefined()) {
        *why = tr("\"accounts\" is not a list");
        return std::nullopt;
    }

    Snapshot snapshot;
    // Strict on purpose: silently skipping an entry would drop it on the next save.
    for (const QJsonValue &entry : list.toArray()) {
        const std::optional<Account> account = entry.isObject() ? Account::fromJson(entry.toObject()) : std::nullopt;
        if (!account) {
            *why = tr("an account entry is not an object with an email or an account id");
            return std::nullopt;
        }
        snapshot.accounts.append(*account);
    }

    // Resolved like indexOf(), on the parsed list.
    const QString active = root.value(QLatin1String("activeAccount")).toString();
    qsizetype activeIndex = -1;
    for (qsizetype i = 0; i < snapshot.accounts.size() && activeIndex < 0 && !active.isEmpty(); ++i) {
        if (snapshot.accounts.at(i).accountId == active)
            activeIndex = i;
    }
    for (qsizetype i = 0; i < snapshot.accounts.size() && activeIndex < 0 && !active.isEmpty(); ++i) {
        if (snapshot.accounts.at(i).matches(active))
            activeIndex = i;
    }
    if (activeIndex >= 0)
        snapshot.activeKey = snapshot.accounts.at(activeIndex).key();
    else if (!snapshot.accounts.isEmpty())
        snapshot.activeKey = snapshot.accounts.first().key();
    return snapshot;
}

bool AccountStore::load()
{
    const QString previousActive = m_activeKey;
    const bool hadAccounts = !m_accounts.isEmpty();
    m_accounts.clear();
    m_activeKey.clear();
    m_loadFailed = false;
    m_unsavedUsage = false;
    m_knownContent.reset();
    watchMetadataFile();

    auto finish = [&](bool ok) {
        if (hadAccounts || !m_accounts.isEmpty())
            Q_EMIT accountsChanged();
        if (previousActive != m_activeKey)
            Q_EMIT activeAccountChanged();
        return ok;
    };
    auto corrupt = [&](const QString &why) {
        m_accounts.clear();
        m_activeKey.clear();
        m_loadFailed = true;
        m_errorString = unreadableFileError(why);
        qCWarning(lcAuth).noquote() << m_errorString;
        return finish(false);
    };

    QFile file(metadataFilePath());
    if (!file.exists())
        return finish(true);
    if (!file.open(QIODevice::ReadOnly))
        return corrupt(file.errorString());
    const QByteArray content = file.readAll();
    m_knownContent = content;
    QString why;
    std::optional<Snapshot> snapshot = parse(content, &why);
    if (!snapshot)
        return corrupt(why);
    m_accounts = std::move(snapshot->accounts);
    m_activeKey = std::move(snapshot->activeKey);
    return finish(true);
}

void AccountStore::watchMetadataFile()
{
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        m_reloadTimer = new QTimer(this);
        m_reloadTimer->setSingleShot(true);
        m_reloadTimer->setInterval(kReloadDelayMs);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer, qOverload<>(&QTimer::start));
        connect(m_reloadTimer, &QTimer::timeout, this, &AccountStore::reloadIfChanged);
    }
    QStringList wanted;
    if (QFileInfo::exists(metadataFilePath()))
        wanted.append(metadataFilePath());
    // The folder sees the file being created or replaced; while it does not exist, its parent sees it appear.
    QDir dir(m_configDir);
    while (!dir.exists() && !dir.isRoot() && dir.cdUp()) {
    }
    wanted.append(dir.exists() && dir.absolutePath() != QDir(m_configDir).absolutePath() ? dir.absolutePath()
                                                                                          : m_configDir);
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList missing;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path) && QFileInfo::exists(path))
            missing.append(path);
    }
    if (!missing.isEmpty())
        m_watcher->addPaths(missing);
}

void AccountStore::reloadIfChanged()
{
    watchMetadataFile();
    std::optional<QByteArray> content;
    QFile file(metadataFilePath());
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return; // maybe mid-replacement; the next notification tries again
        content = file.readAll();
    }
    if (content == m_knownContent)
        return; // our own write, or a change back and forth
    m_knownContent = content;

    Snapshot snapshot;
    if (content) {
        QString why;
        std::optional<Snapshot> parsed = parse(*content, &why);
        if (!parsed) {
            // Keep serving the accounts we have; refuse changes so the user's file is not overwritten.
            m_loadFailed = true;
            m_errorString = unreadableFileError(why);
            qCWarning(lcAuth).noquote() << m_errorString << "The accounts in memory stay in use.";
            return;
        }
        snapshot = std::move(*parsed);
    }

    // lastUsedAt not written yet (markUsed() throttles) would be lost: keep the later time.
    for (Account &account : snapshot.accounts) {
        const qsizetype index = indexOf(account.key());
        if (index >= 0 && m_accounts.at(index).isSameAccount(account) && m_accounts.at(index).lastUsedAt.isValid()
            && (!account.lastUsedAt.isValid() || m_accounts.at(index).lastUsedAt > account.lastUsedAt)) {
            account.lastUsedAt = m_accounts.at(index).lastUsedAt;
        }
    }
    const bool accountsDiffer = snapshot.accounts != m_accounts;
    const bool activeDiffers = snapshot.activeKey != m_activeKey;
    m_accounts = std::move(snapshot.accounts);
    m_activeKey = std::move(snapshot.activeKey);
    m_loadFailed = false;
    qCInfo(lcAuth) << "Reloaded the accounts file after an external change:" << m_accounts.size() << "account(s)";
    if (accountsDiffer)
        Q_EMIT accountsChanged();
    if (activeDiffers)
        Q_EMIT activeAccountChanged();
    Q_EMIT reloaded();
}

qsizetype AccountStore::indexOf(const QString &emailOrAccountId) const
{
    if (emailOrAccountId.isEmpty())
        return -1;
    // An account id is unique; prefer it over an email that several workspaces may share.
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).accountId == emailOrAccountId)
            return i;
    }
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).matches(emailOrAccountId))
            return i;
    }
    return -1;
}

std::optional<Account> AccountStore::account(const QString &emailOrAccountId) const
{
    const qsizetype index = indexOf(emailOrAccountId);
    if (index < 0)
        return std::nullopt;
    return m_accounts.at(index);
}

std::optional<Account> AccountStore::activeAccount() const
{
    return account(m_activeKey);
}

void AccountStore::syncWithDisk()
{
    // A change noticed but not read yet must be read before this store writes over it.
    if (m_reloadTimer && m_reloadTimer->isActive()) {
        m_reloadTimer->stop();
        reloadIfChanged();
    }
}

bool AccountStore::ensureWritable()
{
    syncWithDisk();
    if (m_loadFailed) {
        return fail(tr("The accounts file %1 could not be read, so it is not changed; fix or remove it first.")
                        .arg(QDir::toNativeSeparators(metadataFilePath())));
    }
    if (!m_secretStore)
        return fail(m_secretStoreError);
    return true;
}

bool AccountStore::save()
{
    QDir dir(m_configDir);
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_configDir)));
        // Only our own files live here; keep the folder private like the secrets in it.
        QFile::setPermissions(m_configDir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    QJsonArray list;
    for (const Account &account : std::as_const(m_accounts))
        list.append(account.toJson());
    const QJsonObject root{
        {QLatin1String("version"), kFormatVersion},
        {QLatin1String("activeAccount"), m_activeKey},
        {QLatin1String("accounts"), list},
    };

    QSaveFile file(metadataFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(metadataFilePath()), file.errorString()));
    const QByteArray content = QJsonDocument(root).toJson(QJsonDocument::Indented);
    file.write(content);
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(metadataFilePath()), file.errorString()));
    m_unsavedUsage = false;
    m_knownContent = content;
    if (m_watcher)
        watchMetadataFile(); // the folder may be new, and the file is a new one
    return true;
}

bool AccountStore::saveOrRevert(const QList<Account> &previousAccounts, const QString &previousActiveKey)
{
    if (save()) {
        if (m_accounts != previousAccounts)
            Q_EMIT accountsChanged();
        if (m_activeKey != previousActiveKey)
            Q_EMIT activeAccountChanged();
        return true;
    }
    m_accounts = previousAccounts;
    m_activeKey = previousActiveKey;
    return false;
}

bool AccountStore::addOrUpdate(const Account &account, const AccountTokens &tokens)
{
    if (!ensureWritable())
        return false;
    if (account.email.isEmpty() && account.accountId.isEmpty())
        return fail(tr("An account needs an email or an account id."));
    if (tokens.isEmpty())
        return fail(tr("The account %1 has no tokens.").arg(account.key()));

    qsizetype index = -1;
    for (qsizetype i = 0; i < m_accounts.size() && index < 0; ++i) {
        if (m_accounts.at(i).isSameAccount(account))
            index = i;
    }

    Account merged = account;
    QString oldSecretKey;
    if (index >= 0) {
        const Account &existing = m_accounts.at(index);
        // A re-import may know less (e.g. no plan); keep what we knew.
        if (merged.email.isEmpty())
            merged.email = existing.email;
        if (merged.accountId.isEmpty())
            merged.accountId = existing.accountId;
        if (merged.userId.isEmpty())
            merged.userId = existing.userId;
        if (merged.planType.isEmpty())
            merged.planType = existing.planType;
        merged.addedAt = existing.addedAt.isValid() ? existing.addedAt : merged.addedAt;
        if (!merged.lastUsedAt.isValid() || (existing.lastUsedAt.isValid() && existing.lastUsedAt > merged.lastUsedAt))
            merged.lastUsedAt = existing.lastUsedAt;
        if (secretKeyFor(existing) != secretKeyFor(merged))
            oldSecretKey = secretKeyFor(existing);
    }
    if (!merged.addedAt.isValid())
        merged.addedAt = QDateTime::currentDateTimeUtc();

    if (!m_secretStore->write(secretKeyFor(merged), tokens.toSecret()))
        return fail(m_secretStore->errorString());

    const QList<Account> previousAccounts = m_accounts;
    const QString previousActiveKey = m_activeKey;
    if (index >= 0) {
        if (m_activeKey == m_accounts.at(index).key())
            m_activeKey = merged.key();
        m_accounts[index] = merged;
    } else {
        m_accounts.append(merged);
    }
    if (m_activeKey.isEmpty())
        m_activeKey = merged.key();
    if (!saveOrRevert(previousAccounts, previousActiveKey)) {
        if (index < 0)
            m_secretStore->remove(secretKeyFor(merged)); // best effort: do not leave tokens of an unknown account
        return false;
    }
    // The account got an account id: its tokens moved to the new key.
    if (!oldSecretKey.isEmpty() && !m_secretStore->remove(oldSecretKey))
        qCWarning(lcAuth) << "Could not remove the old token entry of" << merged.key() << ":"
                          << m_secretStore->errorString();
    qCInfo(lcAuth) << (index >= 0 ? "Updated account" : "Added account") << merged.key();
    return true;
}

bool AccountStore::setActive(const QString &emailOrAccountId)
{
    if (!ensureWritable())
        return false;
    const qsizetype index = indexOf(emailOrAccountId);
    if (index < 0)
        return fail(tr("There is no account %1.").arg(emailOrAccountId));
    if (m_accounts.at(index).key() == m_activeKey)
        return true;
    const QString previousActiveKey = m_activeKey;
    m_activeKey = m_accounts.at(index).key();
    return saveOrRevert(m_accounts, previousActiveKey);
}

bool AccountStore::remove(const QString &emailOrAccountId)
{
    if (!ensureWritable())
        return false;
    const qsizetype index = indexOf(emailOrAccountId);
    if (index < 0)
        return fail(tr("There is no account %1.").arg(emailOrAccountId));
    // Tokens first: an account whose tokens could not be deleted stays listed, so the user sees it.
    if (!m_secretStore->remove(secretKeyFor(m_accounts.at(index))))
        return fail(m_secretStore->errorString());

    const QList<Account> previousAccounts = m_accounts;
    const QString previousActiveKey = m_activeKey;
    const QString removedKey = m_accounts.at(index).key();
    m_accounts.removeAt(index);
    if (m_activeKey == removedKey)
        m_activeKey = m_accounts.isEmpty() ? QString() : m_accounts.first().key();
    if (!saveOrRevert(previousAccounts, previousActiveKey))
        return false;
    qCInfo(lcAuth) << "Removed account" << removedKey;
    return true;
}

bool AccountStore::clear()
{
    syncWithDisk();
    if (m_loadFailed) {
        // The user asked to start again: keep the unreadable file beside, under another name.
        const QString path = metadataFilePath();
        const QString aside = path + QStringLiteral(".bad-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss"));
        if (QFile::exists(path) && !QFile::rename(path, aside))
            return fail(tr("Cannot move the unreadable accounts file %1 aside.").arg(QDir::toNativeSeparators(path)));
        qCWarning(lcAuth) << "Moved the unreadable accounts file to" << aside;
        m_loadFailed = false;
    }
    if (!ensureWritable())
        return false;

    const QList<Account> previousAccounts = m_accounts;
    const QString previousActiveKey = m_activeKey;
    // Delete tokens one by one, dropping each account once its tokens are gone, so a failure leaves the store
    // consistent: the accounts still listed still have their tokens.
    QString secretError;
    while (!m_accounts.isEmpty()) {
        if (!m_secretStore->remove(secretKeyFor(m_accounts.constFirst()))) {
            secretError = m_secretStore->errorString();
            break;
        }
        m_accounts.removeFirst();
    }
    if (indexOf(m_activeKey) < 0)
        m_activeKey = m_accounts.isEmpty() ? QString() : m_accounts.constFirst().key();
    const bool saved = saveOrRevert(previousAccounts, previousActiveKey);
    if (!secretError.isEmpty())
        return fail(secretError);
    return saved;
}

std::optional<AccountTokens> AccountStore::tokens(const QString &emailOrAccountId)
{
    const qsizetype index = indexOf(emailOrAccountId);
    if (index < 0) {
        fail(tr("There is no account %1.").arg(emailOrAccountId));
        return std::nullopt;
    }
    if (!m_secretStore) {
        fail(m_secretStoreError);
        return std::nullopt;
    }
    QByteArray secret;
    switch (m_secretStore->read(secretKeyFor(m_accounts.at(index)), &secret)) {
    case SecretStore::ReadStatus::Found:
        break;
    case SecretStore::ReadStatus::NotFound:
        fail(tr("No tokens are stored for the account %1; sign in again.").arg(m_accounts.at(index).key()));
        return std::nullopt;
    case SecretStore::ReadStatus::Failed:
        fail(m_secretStore->errorString());
        return std::nullopt;
    }
    std::optional<AccountTokens> tokens = AccountTokens::fromSecret(secret);
    if (!tokens)
        fail(tr("The stored tokens of the account %1 are damaged; sign in again.").arg(m_accounts.at(index).key()));
    return tokens;
}

bool AccountStore::updateTokens(const QString &emailOrAccountId, const AccountTokens &tokens)
{
    // Deliberately not blocked by a corrupt accounts.json: a rotated refresh token must be stored or it is lost.
    const qsizetype index = indexOf(emailOrAccountId);
    if (index < 0)
        return fail(tr("There is no account %1.").arg(emailOrAccountId));
    if (!m_secretStore)
        return fail(m_secretStoreError);
    if (tokens.isEmpty())
        return fail(tr("The account %1 has no tokens.").arg(m_accounts.at(index).key()));
    if (!m_secretStore->write(secretKeyFor(m_accounts.at(index)), tokens.toSecret()))
        return fail(m_secretStore->errorString());
    return true;
}

bool AccountStore::setStatus(const QString &emailOrAccountId, Account::Status status)
{
    if (!ensureWritable())
        return false;
    const qsizetype index = indexOf(emailOrAccountId);
    if (index < 0)
        return fail(tr("There is no account %1.").arg(emailOrAccountId));
    if (m_accounts.at(index).status == status)
        return true;
    const QList<Account> previousAccounts = m_accounts;
    m_accounts[index].status = status;
    return saveOrRevert(previousAccounts, m_activeKey);
}

bool AccountStore::markUsed(const QString &emailOrAccountId, const QDateTime &when)
{
    const qsizetype index = indexOf(emailOrAccountId);
    if (index < 0)
        return fail(tr("There is no account %1.").arg(emailOrAccountId));
    const QDateTime previous = m_accounts.at(index).lastUsedAt;
    if (previous.isValid() && previous >= when)
        return true;
    m_accounts[index].lastUsedAt = when.toUTC();
    m_unsavedUsage = true;
    const bool writeDue = !m_lastUsageWrite.isValid() || m_lastUsageWrite.secsTo(when) >= kUsageWriteIntervalSecs
        || when < m_lastUsageWrite;
    if (m_loadFailed || !writeDue)
        return true;
    syncWithDisk();
    if (m_loadFailed)
        return true;
    m_lastUsageWrite = when;
    if (!save())
        return false;
    Q_EMIT accountsChanged();
    return true;
}
