#include "filesecretstore.h"

#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

constexpr int kFormatVersion = 1;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// Also the Qt "user" bits: on Unix they are the same as owner, but Qt keeps them apart.
constexpr QFileDevice::Permissions kOwnerAndUserBits =
    kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser;

QString tr(const char *text)
{
    return QCoreApplication::translate("FileSecretStore", text);
}

} // namespace

FileSecretStore::FileSecretStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

std::optional<QJsonObject> FileSecretStore::readSecrets()
{
    QFile file(m_filePath);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly)) {
        setErrorString(tr("Cannot read the secrets file %1: %2").arg(QDir::toNativeSeparators(m_filePath),
                                                                       file.errorString()));
        return std::nullopt;
    }
    // Tighten a file that was copied or restored with a looser mode; it holds refresh tokens.
    if ((file.permissions() & ~kOwnerAndUserBits) != 0) {
        qCWarning(lcAuth) << "Secrets file" << m_filePath << "was readable by others; restricting it to the owner";
        file.setPermissions(kOwnerOnly);
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    const QJsonObject root = document.object();
    const QJsonValue secrets = root.value(QLatin1String("secrets"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !(secrets.isObject() || secrets.isUndefined())) {
        // Never quote the content: it is full of secrets.
        setErrorString(tr("The secrets file %1 is damaged and was left untouched; fix or remove it.")
                           .arg(QDir::toNativeSeparators(m_filePath)));
        return std::nullopt;
    }
    if (root.value(QLatin1String("version")).toInt(kFormatVersion) > kFormatVersion) {
        setErrorString(tr("The secrets file %1 was written by a newer version of Codex Bridge.")
                           .arg(QDir::toNativeSeparators(m_filePath)));
        return std::nullopt;
    }
    return secrets.toObject();
}

bool FileSecretStore::writeSecrets(const QJsonObject &secrets)
{
    const QFileInfo info(m_filePath);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            setErrorString(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.path())));
            return false;
        }
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        setErrorString(tr("Cannot write the secrets file %1: %2").arg(QDir::toNativeSeparators(m_filePath),
                                                                        file.errorString()));
        return false;
    }
    // QSaveFile creates its temporary file with the default (umask) mode or the old file's mode: restrict it
    // before any secret is written, so no secret ever sits in a file others can read.
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        setErrorString(tr("Cannot restrict the permissions of the secrets file %1.")
                           .arg(QDir::toNativeSeparators(m_filePath)));
        return false;
    }
    const QJsonObject root{
        {QLatin1String("version"), kFormatVersion},
        {QLatin1String("secrets"), secrets},
    };
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        setErrorString(tr("Cannot write the secrets file %1: %2").arg(QDir::toNativeSeparators(m_filePath),
                                                                        file.errorString()));
        return false;
    }
    return true;
}

SecretStore::ReadStatus FileSecretStore::read(const QString &key, QByteArray *secret)
{
    const std::optional<QJsonObject> secrets = readSecrets();
    if (!secrets)
        return ReadStatus::Failed;
    const QJsonValue value = secrets->value(key);
    if (value.isUndefined() || value.isNull())
        return ReadStatus::NotFound;
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isString() || !decoded) {
        setErrorString(tr("The secret of %1 in %2 is damaged.").arg(key, QDir::toNativeSeparators(m_filePath)));
        return ReadStatus::Failed;
    }
    if (secret)
        *secret = *decoded;
    return ReadStatus::Found;
}

bool FileSecretStore::write(const QString &key, const QByteArray &secret)
{
    std::optional<QJsonObject> secrets = readSecrets();
    if (!secrets)
        return false;
    secrets->insert(key, QString::fromLatin1(secret.toBase64()));
    return writeSecrets(*secrets);
}

bool FileSecretStore::remove(const QString &key)
{
    std::optional<QJsonObject> secrets = readSecrets();
    if (!secrets)
        return false;
    if (!secrets->contains(key))
        return true;
    secrets->remove(key);
    return writeSecrets(*secrets);
}
