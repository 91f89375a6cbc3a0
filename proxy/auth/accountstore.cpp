#include "accountstore.h"

#include "auth/secretstore.h"
#include "core/loggingcategories.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr int kFormatVersion = 1;
// markUsed() writes at most this often per account; lastUsedAt is informational (UI, rotation order).
constexpr qint64 kUsageWriteIntervalSecs = 60;

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

bool AccountStore::load()
{
    const QString previousActive = m_activeKey;
    const bool hadAccounts = !m_accounts.isEmpty();
    m_accounts.clear();
    m_activeKey.clear();
    m_loadFailed = false;
    m_unsavedUsage = false;

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
        m_errorString = tr("The accounts file %1 could not be read (%2). It was left untouched; fix or remove it, "
                           "or remove all accounts to start again.")
                            .arg(QDir::toNativeSeparators(metadataFilePath()), why);
        qCWarning(lcAuth).noquote() << m_errorString;
        return finish(false);
    };

    QFile file(metadataFilePath());
    if (!file.exists())
        return finish(true);
    if (!file.open(QIODevice::ReadOnly))
        return corrupt(file.errorString());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(parseError.errorString());
    if (!document.isObject())
        return corrupt(tr("not a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt(kFormatVersion) > kFormatVersion)
        return corrupt(tr("written by a newer version of Codex Bridge"));
    const QJsonValue list = root.value(QLatin1String("accounts"));
    if (!list.isArray() && !list.isUndefined())
        return corrupt(tr("\"accounts\" is not a list"));

    // Strict on purpose: silently skipping an entry would drop it on the next save.
    for (const QJsonValue &entry : list.toArray()) {
        const std::optional<Account> account = entry.isObject() ? Account::fromJson(entry.toObject()) : std::nullopt;
        if (!account)
            return corrupt(tr("an account entry is not an object with an email or an account id"));
        m_accounts.append(*account);
    }

    const QString active = root.value(QLatin1String("activeAccount")).toString();
    const qsizetype activeIndex = indexOf(active);
    if (activeIndex >= 0)
        m_activeKey = m_accounts.at(activeIndex).key();
    else if (!m_accounts.isEmpty())
        m_activeKey = m_accounts.first().key();
    return finish(true);
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

bool AccountStore::ensureWritable()
{
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
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(metadataFilePath()), file.errorString()));
    m_unsavedUsage = false;
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
    m_lastUsageWrite = when;
    if (!save())
        return false;
    Q_EMIT accountsChanged();
    return true;
}
