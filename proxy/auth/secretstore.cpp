#include "secretstore.h"

#include "auth/filesecretstore.h"
#include "auth/keychainsecretstore.h"
#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QDir>

#include <atomic>

SecretStore::~SecretStore() = default;

std::unique_ptr<SecretStore> SecretStore::create(const QString &configDir, QString *error)
{
    const QString choice = qEnvironmentVariable("CODEX_BRIDGE_SECRET_STORE").trimmed().toLower();
    if (choice.isEmpty() || choice == QLatin1String("keychain"))
        return std::make_unique<KeychainSecretStore>();
    if (choice == QLatin1String("file")) {
        auto store = std::make_unique<FileSecretStore>(QDir(configDir).filePath(FileSecretStore::defaultFileName()));
        // Said once per process: the CLI and the server create stores more than once.
        static std::atomic_bool warned{false};
        if (!warned.exchange(true)) {
            qCWarning(lcAuth).noquote() << "CODEX_BRIDGE_SECRET_STORE=file: account tokens are kept in"
                                        << QDir::toNativeSeparators(store->filePath())
                                        << "(readable by you only, mode 0600), not in the OS keychain";
        }
        return store;
    }
    if (error) {
        *error = QCoreApplication::translate("SecretStore",
                                             "Unknown secret store \"%1\" in CODEX_BRIDGE_SECRET_STORE "
                                             "(supported: keychain, the default, and file).")
                     .arg(choice);
    }
    return nullptr;
}
