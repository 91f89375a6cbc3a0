#include "modelmapper.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>

namespace {

// Default targets. Both bigger families get the strongest general model of the catalogue; haiku (used by
// Claude Code for quick background tasks such as titles) gets the small one.
const QLatin1String kDefaultOpus("gpt-5.5");
const QLatin1String kDefaultSonnet("gpt-5.5");
const QLatin1String kDefaultHaiku("gpt-5.4-mini");

// Names listed by GET /v1/models for each family. Any name of the family works; these are for pickers.
const QLatin1String kAdvertisedOpus("claude-opus-4-5");
const QLatin1String kAdvertisedSonnet("claude-sonnet-4-5");
const QLatin1String kAdvertisedHaiku("claude-haiku-4-5");

QString tr(const char *text)
{
    return QCoreApplication::translate("ModelMapper", text);
}

} // namespace

ModelMapper::ModelMapper()
    : m_opus(kDefaultOpus)
    , m_sonnet(kDefaultSonnet)
    , m_haiku(kDefaultHaiku)
{
}

QString ModelMapper::normalised(const QString &requested)
{
    QString name = requested.trimmed().toLower();
    // Claude Code marks the 1M-context variant as "claude-sonnet-4-5[1m]"; the marker is not part of the model.
    if (name.endsWith(QLatin1Char(']'))) {
        const qsizetype open = name.lastIndexOf(QLatin1Char('['));
        if (open > 0)
            name.truncate(open);
        name = name.trimmed();
    }
    return name;
}

bool ModelMapper::isPassThrough(const QString &requested)
{
    const QString name = requested.trimmed().toLower();
    if (name.startsWith(QLatin1String("gpt-")) || name.startsWith(QLatin1String("codex-")))
        return true;
    for (const QLatin1String prefix : {QLatin1String("o1"), QLatin1String("o3"), QLatin1String("o4")}) {
        if (name == prefix || name.startsWith(prefix + QLatin1Char('-')))
            return true;
    }
    return false;
}

std::optional<ModelMapper::Family> ModelMapper::familyOf(const QString &requested)
{
    // Whichever family word comes first wins (names do not normally contain two).
    std::optional<Family> found;
    qsizetype foundAt = -1;
    for (Family family : {Family::Opus, Family::Sonnet, Family::Haiku}) {
        const qsizetype at = requested.indexOf(familyName(family), 0, Qt::CaseInsensitive);
        if (at >= 0 && (foundAt < 0 || at < foundAt)) {
            found = family;
            foundAt = at;
        }
    }
    return found;
}

QString ModelMapper::resolve(const QString &requested) const
{
    const QString name = normalised(requested);
    const auto alias = m_aliases.constFind(name);
    if (alias != m_aliases.constEnd())
        return alias.value();
    if (isPassThrough(requested))
        return requested.trimmed();
    if (const std::optional<Family> family = familyOf(name))
        return familyTarget(*family);
    return defaultTarget();
}

QString ModelMapper::familyTarget(Family family) const
{
    switch (family) {
    case Family::Opus:
        return m_opus;
    case Family::Sonnet:
        return m_sonnet;
    case Family::Haiku:
        return m_haiku;
    }
    return m_sonnet;
}

void ModelMapper::setFamilyTarget(Family family, const QString &upstreamModel)
{
    const QString target = upstreamModel.trimmed();
    if (target.isEmpty())
        return;
    switch (family) {
    case Family::Opus:
        m_opus = target;
        break;
    case Family::Sonnet:
        m_sonnet = target;
        break;
    case Family::Haiku:
        m_haiku = target;
        break;
    }
}

void ModelMapper::setAlias(const QString &requested, const QString &upstreamModel)
{
    const QString name = normalised(requested);
    const QString target = upstreamModel.trimmed();
    if (name.isEmpty() || target.isEmpty())
        return;
    m_aliases.insert(name, target);
}

void ModelMapper::removeAlias(const QString &requested)
{
    m_aliases.remove(normalised(requested));
}

QStringList ModelMapper::advertisedClaudeModels() const
{
    QStringList names{kAdvertisedOpus, kAdvertisedSonnet, kAdvertisedHaiku};
    for (auto it = m_aliases.constBegin(); it != m_aliases.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("claude-")))
            names.append(it.key());
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

QJsonObject ModelMapper::toJson() const
{
    QJsonObject aliases;
    for (auto it = m_aliases.constBegin(); it != m_aliases.constEnd(); ++it)
        aliases.insert(it.key(), it.value());
    return QJsonObject{
        {QLatin1String("families"),
         QJsonObject{{familyName(Family::Opus), m_opus},
                     {familyName(Family::Sonnet), m_sonnet},
                     {familyName(Family::Haiku), m_haiku}}},
        {QLatin1String("aliases"), aliases},
    };
}

ModelMapper ModelMapper::fromJson(const QJsonObject &json, QStringList *problems)
{
    ModelMapper mapper;
    auto problem = [problems](const QString &text) {
        if (problems)
            problems->append(text);
    };
    auto target = [&](const QJsonValue &value, const QString &what) -> QString {
        const QString text = value.isString() ? value.toString().trimmed() : QString();
        if (text.isEmpty())
            problem(tr("The model for \"%1\" must be a model name; the entry was ignored.").arg(what));
        return text;
    };

    const QJsonValue families = json.value(QLatin1String("families"));
    if (!families.isUndefined() && !families.isObject())
        problem(tr("\"families\" must be an object; it was ignored."));
    const QJsonObject familyObject = families.toObject();
    for (auto it = familyObject.constBegin(); it != familyObject.constEnd(); ++it) {
        const std::optional<Family> family = familyFromName(it.key());
        if (!family) {
            problem(tr("Unknown model family \"%1\" (use opus, sonnet or haiku); it was ignored.").arg(it.key()));
            continue;
        }
        const QString model = target(it.value(), it.key());
        if (!model.isEmpty())
            mapper.setFamilyTarget(*family, model);
    }

    const QJsonValue aliases = json.value(QLatin1String("aliases"));
    if (!aliases.isUndefined() && !aliases.isObject())
        problem(tr("\"aliases\" must be an object; it was ignored."));
    const QJsonObject aliasObject = aliases.toObject();
    for (auto it = aliasObject.constBegin(); it != aliasObject.constEnd(); ++it) {
        if (normalised(it.key()).isEmpty()) {
            problem(tr("An alias with an empty name was ignored."));
            continue;
        }
        const QString model = target(it.value(), it.key());
        if (!model.isEmpty())
            mapper.setAlias(it.key(), model);
    }
    return mapper;
}

QString ModelMapper::familyName(Family family)
{
    switch (family) {
    case Family::Opus:
        return QStringLiteral("opus");
    case Family::Sonnet:
        return QStringLiteral("sonnet");
    case Family::Haiku:
        return QStringLiteral("haiku");
    }
    return QStringLiteral("sonnet");
}

std::optional<ModelMapper::Family> ModelMapper::familyFromName(const QString &name)
{
    for (Family family : {Family::Opus, Family::Sonnet, Family::Haiku}) {
        if (name.trimmed().compare(familyName(family), Qt::CaseInsensitive) == 0)
            return family;
    }
    return std::nullopt;
}
