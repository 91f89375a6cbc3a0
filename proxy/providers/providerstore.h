#pragma once

#include "providers/provider.h"
#include "providers/providerrouting.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class SecretStore;

// The user's providers and routing rules, kept in providers.json in the config dir (written with QSaveFile):
//   {"version":1,"providers":[Provider JSON...],"routes":[...],"fallback":...,"haikuModel":"","routeHaiku":false}
// API keys go to the SecretStore (the OS keychain by default) under "provider:<id>"; they never appear in
// providers.json, in settings.json, in a log line or in a route's reply.
//
// A missing file means no provider: everything goes to the ChatGPT subscription as before. A file that exists but
// cannot be parsed is never overwritten (changes are refused until it is fixed).
//
// Thread-safety: none; lives on the proxy thread (like the SecretStore it uses, which it does not own).
class ProviderStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderStore)

public:
    ProviderStore(QString configDir, SecretStore *secrets, QObject *parent = nullptr);

    static QString fileName() { return QStringLiteral("providers.json"); }
    QString filePath() const;

    bool load();
    QString errorString() const { return m_errorString; }

    QList<Provider> providers() const { return m_providers; }
    std::optional<Provider> provider(const QString &id) const;
    const ProviderRouting &routing() const { return m_routing; }
    // True once at least one provider is configured (routing can only then send anything elsewhere).
    bool isActive() const { return !m_providers.isEmpty(); }

    // Adds or replaces the provider with the same id. `apiKey`: nullopt keeps the stored key, an empty array
    // removes it, anything else replaces it. The key is written before the file.
    bool upsert(const Provider &provider, const std::optional<QByteArray> &apiKey);
    // Removes the provider, its key, and the rules, fallback or haiku model that named it.
    bool remove(const QString &id);
    bool setRouting(const ProviderRouting &routing);
    // Replaces the model list (after a /models fetch).
    bool setModels(const QString &id, const QStringList &models);

    bool hasApiKey(const QString &id);
    // The key (empty when none); read from the SecretStore once, then kept in memory.
    QByteArray apiKey(const QString &id);

Q_SIGNALS:
    void changed();

private:
    bool save(const QList<Provider> &providers, const ProviderRouting &routing);
    bool fail(const QString &error);

    QString m_configDir;
    SecretStore *m_secrets;
    QList<Provider> m_providers;
    ProviderRouting m_routing;
    QHash<QString, QByteArray> m_keys; // id -> key, for ids read or written (empty: none)
    QString m_errorString;
    bool m_unparsable = false;
};
