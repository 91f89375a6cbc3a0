#include "secretstore.h"

#include "auth/filesecretstore.h"

#include <QCoreApplication>
#include <QDir>

SecretStore::~SecretStore() = default;

std::unique_ptr<SecretStore> SecretStore::create(const QString &configDir, QString *error)
{
    const QString choice = qEnvironmentVariable("CODEX_BRIDGE_SECRET_STORE").trimmed().toLower();
    if (choice.isEmpty() || choice == QLatin1String("file"))
        return std::make_unique<FileSecretStore>(QDir(configDir).filePath(FileSecretStore::defaultFileName()));
    if (error) {
        *error = QCoreApplication::translate("SecretStore",
                                             "Unknown or unavailable secret store \"%1\" in CODEX_BRIDGE_SECRET_STORE "
                                             "(supported: file).")
                     .arg(choice);
    }
    return nullptr;
}
