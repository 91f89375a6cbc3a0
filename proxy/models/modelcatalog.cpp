#include "modelcatalog.h"

#include "models/modelmapper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ModelCatalog", text);
}

// The catalogue carries no dates; model lists need one. A fixed date keeps the reply stable.
const QDateTime &listedCreatedAt()
{
    static const QDateTime date = QDateTime::fromSecsSinceEpoch(1735689600, Qt::UTC); // 2025-01-01
    return date;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() && !item.toString().isEmpty())
            list.append(item.toString());
    }
    return list;
}

std::optional<ModelCatalog::Model> modelFromJson(const QJsonObject &json)
{
    ModelCatalog::Model model;
    model.slug = json.value(QLatin1String("slug")).toString().trimmed();
    if (model.slug.isEmpty())
        return std::nullopt;
    model.displayName = json.value(QLatin1String("display_name")).toString();
    if (model.displayName.isEmpty())
        model.displayName = model.slug;
    const double contextWindow = json.value(QLatin1String("context_window")).toDouble(0);
    model.contextWindow = contextWindow > 0 && contextWindow < 1e12 ? static_cast<qint64>(contextWindow) : 0;
    for (const QJsonValue &level : json.value(QLatin1String("supported_reasoning_levels")).toArray()) {
        // Entries are {"effort": "...", "description": "..."}; accept bare strings too.
        const QString effort =
            level.isString() ? level.toString() : level.toObject().value(QLatin1String("effort")).toString();
        if (!effort.isEmpty() && !model.supportedEfforts.contains(effort))
            model.supportedEfforts.append(effort);
    }
    model.defaultEffort = json.value(QLatin1String("default_reasoning_level")).toString();
    model.visibility = json.value(QLatin1String("visibility")).toString();
    model.inputModalities = stringList(json.value(QLatin1String("input_modalities")));
    model.availableInPlans = stringList(json.value(QLatin1String("available_in_plans")));
    return model;
}

ModelCatalog::Model builtIn(const char *slug, const char *displayName, qint64 contextWindow, const char *defaultEffort,
                            QStringList inputModalities)
{
    ModelCatalog::Model model;
    model.slug = QString::fromLatin1(slug);
    model.displayName = QString::fromLatin1(displayName);
    model.contextWindow = contextWindow;
    model.supportedEfforts = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                              QStringLiteral("xhigh")};
    model.defaultEffort = QString::fromLatin1(defaultEffort);
    model.visibility = QStringLiteral("list");
    model.inputModalities = std::move(inputModalities);
    return model;
}

} // namespace

QList<ModelCatalog::Model> ModelCatalog::builtInModels()
{
    // Values as in shared/fixtures/codex-models.json (a real GET /codex/models reply).
    const QStringList textAndImage{QStringLiteral("text"), QStringLiteral("image")};
    static const QList<Model> models{
        builtIn("gpt-5.5", "GPT-5.5", 272000, "medium", textAndImage),
        builtIn("gpt-5.4", "GPT-5.4", 272000, "medium", textAndImage),
        builtIn("gpt-5.4-mini", "GPT-5.4-Mini", 272000, "medium", textAndImage),
        builtIn("gpt-5.3-codex-spark", "GPT-5.3-Codex-Spark", 128000, "high", {QStringLiteral("text")}),
    };
    return models;
}

std::optional<ModelCatalog::Model> ModelCatalog::builtInModel(const QString &slug)
{
    const QString wanted = slug.trimmed();
    for (const Model &model : builtInModels()) {
        if (model.slug.compare(wanted, Qt::CaseInsensitive) == 0)
            return model;
    }
    static const QRegularExpression codexSlug(QStringLiteral("^gpt-5(\\.\\d+)?-codex"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (codexSlug.match(wanted).hasMatch()) {
        Model model = builtIn("", "", kDefaultContextWindow, "medium", {QStringLiteral("text"), QStringLiteral("image")});
        model.slug = wanted;
        model.displayName = wanted;
        return model;
    }
    return std::nullopt;
}

bool ModelCatalog::loadJson(const QByteArray &reply, const QDateTime &fetchedAt)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_errorString = tr("The model catalogue is not a JSON object.");
        return false;
    }
    const QJsonValue list = document.object().value(QLatin1String("models"));
    if (!list.isArray()) {
        m_errorString = tr("The model catalogue has no \"models\" list.");
        return false;
    }
    QList<Model> models;
    QSet<QString> seen;
    for (const QJsonValue &entry : list.toArray()) {
        std::optional<Model> model = modelFromJson(entry.toObject());
        if (model && !seen.contains(model->slug.toLower())) {
            seen.insert(model->slug.toLower());
            models.append(std::move(*model));
        }
    }
    if (models.isEmpty()) {
        m_errorString = tr("The model catalogue lists no model.");
        return false;
    }
    m_models = std::move(models);
    m_fetchedAt = fetchedAt.toUTC();
    m_errorString.clear();
    return true;
}

bool ModelCatalog::isStale(std::chrono::seconds maxAge, const QDateTime &now) const
{
    if (!hasCatalogue() || !m_fetchedAt.isValid())
        return true;
    return m_fetchedAt.secsTo(now) >= maxAge.count();
}

std::optional<ModelCatalog::Model> ModelCatalog::find(const QString &slug) const
{
    const QString wanted = slug.trimmed();
    for (const Model &model : m_models) {
        if (model.slug.compare(wanted, Qt::CaseInsensitive) == 0)
            return model;
    }
    return builtInModel(wanted);
}

QStringList ModelCatalog::supportedEfforts(const QString &slug) const
{
    const std::optional<Model> model = find(slug);
    return model ? model->supportedEfforts : QStringList();
}

QString ModelCatalog::defaultEffort(const QString &slug) const
{
    const std::optional<Model> model = find(slug);
    return model && !model->defaultEffort.isEmpty() ? model->defaultEffort : defaultEffortFallback();
}

qint64 ModelCatalog::contextWindow(const QString &slug) const
{
    const std::optional<Model> model = find(slug);
    if (model && model->contextWindow > 0)
        return model->contextWindow;
    // A catalogue entry without a window: the built-in table may still know it.
    const std::optional<Model> builtInEntry = builtInModel(slug);
    return builtInEntry ? builtInEntry->contextWindow : kDefaultContextWindow;
}

QString ModelCatalog::displayName(const QString &slug) const
{
    const std::optional<Model> model = find(slug);
    return model ? model->displayName : slug.trimmed();
}

QList<ModelCatalog::ListEntry> ModelCatalog::listEntries(const ModelMapper &mapper) const
{
    QList<ListEntry> entries;
    QSet<QString> ids;
    for (const QString &alias : mapper.advertisedClaudeModels()) {
        const QString target = mapper.resolve(alias);
        entries.append({alias, tr("%1 (%2)").arg(alias, displayName(target)), true});
        ids.insert(alias);
    }
    for (const Model &model : models()) {
        if (model.isListed() && !ids.contains(model.slug)) {
            entries.append({model.slug, model.displayName, false});
            ids.insert(model.slug);
        }
    }
    return entries;
}

QJsonObject ModelCatalog::anthropicModelList(const ModelMapper &mapper) const
{
    const QString createdAt = listedCreatedAt().toString(Qt::ISODate);
    const QList<ListEntry> entries = listEntries(mapper);
    QJsonArray data;
    for (const ListEntry &entry : entries) {
        data.append(QJsonObject{
            {QLatin1String("type"), QLatin1String("model")},
            {QLatin1String("id"), entry.id},
            {QLatin1String("display_name"), entry.displayName},
            {QLatin1String("created_at"), createdAt},
        });
    }
    return QJsonObject{
        {QLatin1String("data"), data},
        {QLatin1String("has_more"), false},
        {QLatin1String("first_id"), entries.isEmpty() ? QJsonValue() : QJsonValue(entries.constFirst().id)},
        {QLatin1String("last_id"), entries.isEmpty() ? QJsonValue() : QJsonValue(entries.constLast().id)},
    };
}

QJsonObject ModelCatalog::openAiModelList(const ModelMapper &mapper) const
{
    const qint64 created = listedCreatedAt().toSecsSinceEpoch();
    QJsonArray data;
    for (const ListEntry &entry : listEntries(mapper)) {
        data.append(QJsonObject{
            {QLatin1String("id"), entry.id},
            {QLatin1String("object"), QLatin1String("model")},
            {QLatin1String("created"), created},
            {QLatin1String("owned_by"), entry.isAlias ? QLatin1String("codex-bridge") : QLatin1String("openai")},
        });
    }
    return QJsonObject{
        {QLatin1String("object"), QLatin1String("list")},
        {QLatin1String("data"), data},
    };
}
