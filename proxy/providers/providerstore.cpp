#include "providerstore.h"

#include "auth/secretstore.h"
#include "core/loggingcategories.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

ProviderStore::ProviderStore(QString configDir, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_configDir(std::move(configDir))
    , m_secrets(secrets)
{
}

QString ProviderStore::filePath() const
{
    return QDir(m_configDir).filePath(fileName());
}

bool ProviderStore::fail(const QString &error)
{
    m_errorString = error;
    qCWarning(lcProviders).noquote() << error;
    return false;
}

bool ProviderStore::load()
{
    m_errorString.clear();
    m_unparsable = false;
    m_providers.clear();
    m_routing = ProviderRouting();
    QFile file(filePath());
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_unparsable = true;
        return fail(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        m_unparsable = true;
        return fail(tr("%1 is not valid JSON (%2); no provider is used and the file is left untouched.")
                        .arg(file.fileName(), parseError.errorString()));
    }
    const QJsonObject json = doc.object();
    for (const QJsonValue &value : json.value(QLatin1String("providers")).toArray()) {
        QString error;
        const Provider provider = Provider::fromJson(value.toObject(), &error);
        if (provider.id.isEmpty() || this->provider(provider.id)) {
            qCWarning(lcProviders).noquote() << "skipping a provider in" << file.fileName() << ":"
                                             << (error.isEmpty() ? tr("duplicate id") : error);
            continue;
        }
        m_providers.append(provider);
    }
    m_routing = ProviderRouting::fromJson(json);
    qCInfo(lcProviders) << "providers loaded:" << m_providers.size() << "routing rules:" << m_routing.rules.size();
    return true;
}

std::optional<Provider> ProviderStore::provider(const QString &id) const
{
    for (const Provider &provider : m_providers) {
        if (provider.id == id)
            return provider;
    }
    return std::nullopt;
}

bool ProviderStore::save(const QList<Provider> &providers, const ProviderRouting &routing)
{
    if (m_unparsable)
        return fail(tr("Not saving providers: %1 could not be read; fix or remove it first.").arg(filePath()));
    if (!QDir().mkpath(m_configDir))
        return fail(tr("Cannot create the folder %1.").arg(m_configDir));
    QJsonArray array;
    for (const Provider &provider : providers)
        array.append(provider.toJson());
    QJsonObject json = routing.toJson();
    json.insert(QStringLiteral("version"), 1);
    json.insert(QStringLiteral("providers"), array);
    QSaveFile file(filePath());
    // No secret is in it, but extra headers may identify the user to a gateway.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return fail(tr("Cannot write %1: %2").arg(filePath(), file.errorString()));
    }
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(filePath(), file.errorString()));
    m_providers = providers;
    m_routing = routing;
    m_errorString.clear();
    Q_EMIT changed();
    return true;
}

bool ProviderStore::upsert(const Provider &provider, const std::optional<QByteArray> &apiKey)
{
    const QString problem = provider.validate();
    if (!problem.isEmpty())
        return fail(problem);
    if (apiKey) {
        if (!m_secrets)
            return fail(tr("No secret store is available for the API key."));
        const bool ok = apiKey->isEmpty() ? m_secrets->remove(provider.secretKey())
                                          : m_secrets->write(provider.secretKey(), *apiKey);
        if (!ok)
            return fail(tr("Cannot store the API key of %1: %2").arg(provider.id, m_secrets->errorString()));
        m_keys.insert(provider.id, *apiKey);
    }
    QList<Provider> providers = m_providers;
    const auto it = std::find_if(providers.begin(), providers.end(),
                                 [&](const Provider &p) { return p.id == provider.id; });
    if (it != providers.end())
        *it = provider;
    else
        providers.append(provider);
    return save(providers, m_routing);
}

bool ProviderStore::remove(const QString &id)
{
    if (!provider(id))
        return fail(tr("There is no provider %1.").arg(id));
    QList<Provider> providers = m_providers;
    providers.removeIf([&](const Provider &p) { return p.id == id; });
    ProviderRouting routing = m_routing;
    routing.rules.removeIf([&](const ProviderRouting::Rule &rule) { return rule.provider == id; });
    if (routing.fallback && routing.fallback->provider == id)
        routing.fallback.reset();
    if (routing.haikuModel.startsWith(id + QLatin1Char('/')))
        routing.haikuModel.clear();
    if (!save(providers, routing))
        return false;
    if (m_secrets && !m_secrets->remove(Provider::secretKeyFor(id)))
        qCWarning(lcProviders).noquote() << "the API key of removed provider" << id
                                         << "could not be deleted:" << m_secrets->errorString();
    m_keys.remove(id);
    return true;
}

bool ProviderStore::setRouting(const ProviderRouting &routing)
{
    const QString problem = routing.validate(m_providers);
    if (!problem.isEmpty())
        return fail(problem);
    return save(m_providers, routing);
}

bool ProviderStore::setModels(const QString &id, const QStringList &models)
{
    QList<Provider> providers = m_providers;
    for (Provider &provider : providers) {
        if (provider.id == id)
            provider.models = models;
    }
    return save(providers, m_routing);
}

QByteArray ProviderStore::apiKey(const QString &id)
{
    const auto cached = m_keys.constFind(id);
    if (cached != m_keys.constEnd())
        return *cached;
    QByteArray key;
    if (m_secrets) {
        switch (m_secrets->read(Provider::secretKeyFor(id), &key)) {
        case SecretStore::ReadStatus::Found:
            break;
        case SecretStore::ReadStatus::NotFound:
            key.clear();
            break;
        case SecretStore::ReadStatus::Failed:
            // Not cached: the keychain may be unlocked by the next request.
            qCWarning(lcProviders).noquote() << "cannot read the API key of provider" << id << ":"
                                             << m_secrets->errorString();
            return QByteArray();
        }
    }
    m_keys.insert(id, key);
    return key;
}

bool ProviderStore::hasApiKey(const QString &id)
{
    return !apiKey(id).isEmpty();
}
