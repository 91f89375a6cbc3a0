#include "providerrouting.h"

#include "models/modelmapper.h"

#include <QJsonArray>

#include <algorithm>

namespace {
bool hasProvider(const QList<Provider> &providers, const QString &id)
{
    return std::any_of(providers.cbegin(), providers.cend(), [&](const Provider &p) { return p.id == id; });
}

QString normalised(const QString &requested)
{
    QString name = requested.trimmed().toLower();
    if (name.endsWith(QLatin1String("[1m]")))
        name.chop(4);
    return name.trimmed();
}
} // namespace

std::optional<ProviderRouting::Target> ProviderRouting::explicitTarget(const QString &name,
                                                                       const QList<Provider> &providers)
{
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == name.size() - 1)
        return std::nullopt;
    const QString id = name.left(slash).toLower();
    if (!hasProvider(providers, id))
        return std::nullopt;
    return Target{id, name.mid(slash + 1)};
}

std::optional<ProviderRouting::Target> ProviderRouting::haikuTarget(const QList<Provider> &providers) const
{
    const QString name = haikuModel.trimmed();
    if (name.isEmpty() || providers.isEmpty())
        return std::nullopt;
    if (auto target = explicitTarget(name, providers))
        return target;
    for (const Provider &provider : providers) {
        if (provider.models.contains(name))
            return Target{provider.id, name};
    }
    return Target{providers.first().id, name};
}

std::optional<ProviderRouting::Target> ProviderRouting::fallbackTarget(const QList<Provider> &providers) const
{
    if (!fallback || !hasProvider(providers, fallback->provider))
        return std::nullopt;
    return fallback;
}

std::optional<ProviderRouting::Target> ProviderRouting::resolve(const QString &requested,
                                                                const QList<Provider> &providers) const
{
    if (providers.isEmpty())
        return std::nullopt;
    const QString trimmed = requested.trimmed();
    if (auto target = explicitTarget(trimmed, providers))
        return target;
    const QString name = normalised(trimmed);
    if (name == QLatin1String("kilo"))
        return haikuTarget(providers);
    const auto ruleTarget = [&](const Rule &rule) -> std::optional<Target> {
        if (!hasProvider(providers, rule.provider))
            return std::nullopt;
        return Target{rule.provider, rule.model.isEmpty() ? trimmed : rule.model};
    };
    for (const Rule &rule : rules) {
        if (normalised(rule.match) == name) {
            if (auto target = ruleTarget(rule))
                return target;
        }
    }
    const std::optional<ModelMapper::Family> family = ModelMapper::familyOf(trimmed);
    if (!family)
        return std::nullopt;
    const QString familyName = ModelMapper::familyName(*family);
    for (const Rule &rule : rules) {
        if (normalised(rule.match) == familyName) {
            if (auto target = ruleTarget(rule))
                return target;
        }
    }
    if (routeHaiku && *family == ModelMapper::Family::Haiku)
        return haikuTarget(providers);
    return std::nullopt;
}

QString ProviderRouting::validate(const QList<Provider> &providers) const
{
    for (const Rule &rule : rules) {
        if (rule.match.trimmed().isEmpty())
            return tr("Every routing rule needs a model name or family to match.");
        if (!hasProvider(providers, rule.provider))
            return tr("The routing rule for %1 names an unknown provider \"%2\".").arg(rule.match, rule.provider);
    }
    if (fallback && !hasProvider(providers, fallback->provider))
        return tr("The fallback names an unknown provider \"%1\".").arg(fallback->provider);
    if (fallback && fallback->model.trimmed().isEmpty())
        return tr("The fallback needs a model.");
    return QString();
}

QJsonObject ProviderRouting::toJson() const
{
    QJsonArray routes;
    for (const Rule &rule : rules)
        routes.append(QJsonObject{{QStringLiteral("match"), rule.match},
                                  {QStringLiteral("provider"), rule.provider},
                                  {QStringLiteral("model"), rule.model}});
    QJsonObject json{{QStringLiteral("routes"), routes},
                     {QStringLiteral("haikuModel"), haikuModel},
                     {QStringLiteral("routeHaiku"), routeHaiku},
                     {QStringLiteral("fallback"), QJsonValue::Null}};
    if (fallback)
        json.insert(QStringLiteral("fallback"), QJsonObject{{QStringLiteral("provider"), fallback->provider},
                                                            {QStringLiteral("model"), fallback->model}});
    return json;
}

ProviderRouting ProviderRouting::fromJson(const QJsonObject &json)
{
    ProviderRouting routing;
    for (const QJsonValue &value : json.value(QLatin1String("routes")).toArray()) {
        const QJsonObject rule = value.toObject();
        routing.rules.append(Rule{rule.value(QLatin1String("match")).toString().trimmed(),
                                  rule.value(QLatin1String("provider")).toString().trimmed().toLower(),
                                  rule.value(QLatin1String("model")).toString().trimmed()});
    }
    const QJsonObject fallback = json.value(QLatin1String("fallback")).toObject();
    if (!fallback.value(QLatin1String("provider")).toString().isEmpty())
        routing.fallback = Target{fallback.value(QLatin1String("provider")).toString().trimmed().toLower(),
                                  fallback.value(QLatin1String("model")).toString().trimmed()};
    routing.haikuModel = json.value(QLatin1String("haikuModel")).toString().trimmed();
    routing.routeHaiku = json.value(QLatin1String("routeHaiku")).toBool(false);
    return routing;
}
