#pragma once

#include "auth/secretstore.h"

#include <QJsonObject>

#include <optional>

// Secrets in one JSON file (by default secrets.json in the config dir), readable by the owner only (0600):
// {"version":1,"secrets":{"<key>":"<base64 of the secret>"}}.
//
// Base64 only lets arbitrary bytes travel in JSON; it is no protection - the file mode is. The mode is set on
// the temporary file before the first byte is written, and the file is replaced atomically (QSaveFile).
// The file is re-read on every call, so it is never held in memory longer than needed and external edits are
// seen. A file that cannot be parsed is never overwritten: writes fail until it is fixed or removed.
class FileSecretStore final : public SecretStore
{
public:
    explicit FileSecretStore(QString filePath);

    static QString defaultFileName() { return QStringLiteral("secrets.json"); }
    QString filePath() const { return m_filePath; }

    QString backendName() const override { return QStringLiteral("file"); }
    ReadStatus read(const QString &key, QByteArray *secret) override;
    bool write(const QString &key, const QByteArray &secret) override;
    bool remove(const QString &key) override;

private:
    // The "secrets" object; an empty object when the file does not exist; std::nullopt (and errorString) when
    // it exists but cannot be read or parsed.
    std::optional<QJsonObject> readSecrets();
    bool writeSecrets(const QJsonObject &secrets);

    QString m_filePath;
};
