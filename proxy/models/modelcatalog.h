#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class ModelMapper;

// The upstream models and what each supports, from the Codex backend's catalogue
// (GET {base}/models -> {"models":[{slug, display_name, context_window, supported_reasoning_levels:[{effort}],
// default_reasoning_level, visibility, input_modalities, available_in_plans, ...}]}).
//
// Until a catalogue is loaded (and for models a loaded catalogue lacks) a built-in table answers; see
// builtInModels(). Also renders the GET /v1/models reply in the Anthropic and the OpenAI shape.
class ModelCatalog
{
public:
    struct Model
    {
        QString slug;
        QString displayName;
        qint64 contextWindow = 0; // 0: unknown
        QStringList supportedEfforts; // in the catalogue's order (least to most effort)
        QString defaultEffort;
        QString visibility;       // "list" models are offered to users; others ("hide") are internal
        QStringList inputModalities;
        QStringList availableInPlans; // empty: unknown

        bool isListed() const { return visibility == QLatin1String("list"); }
        bool acceptsImages() const { return inputModalities.contains(QLatin1String("image")); }
        friend bool operator==(const Model &, const Model &) = default;
    };

    // Used for a model nobody knows anything about.
    static constexpr qint64 kDefaultContextWindow = 272000;
    static QString defaultEffortFallback() { return QStringLiteral("medium"); }

    ModelCatalog() = default;

    // Parses a catalogue reply. On failure (not JSON, no "models" list, no usable entry) the catalogue is left as
    // it was - a broken reply must not replace a good catalogue - and errorString() says why.
    // Entries without a slug are skipped.
    bool loadJson(const QByteArray &reply, const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());
    QString errorString() const { return m_errorString; }

    // True once a catalogue reply was loaded.
    bool hasCatalogue() const { return !m_models.isEmpty(); }
    QDateTime fetchedAt() const { return m_fetchedAt; }
    // True when no catalogue is loaded or it was fetched `maxAge` or longer before `now`.
    bool isStale(std::chrono::seconds maxAge, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The loaded catalogue's models, else the built-in ones.
    QList<Model> models() const { return hasCatalogue() ? m_models : builtInModels(); }
    // The loaded catalogue's entry (slug compared case-insensitively), else the built-in one, else nothing.
    std::optional<Model> find(const QString &slug) const;

    // Convenience lookups with defined answers for unknown models: no efforts (ReasoningEffort::clamp then uses
    // the fallback), "medium", kDefaultContextWindow, the slug itself.
    QStringList supportedEfforts(const QString &slug) const;
    QString defaultEffort(const QString &slug) const;
    qint64 contextWindow(const QString &slug) const;
    QString displayName(const QString &slug) const;

    // GET /v1/models for Anthropic clients:
    // {"data":[{"type":"model","id","display_name","created_at"}],"has_more":false,"first_id","last_id"}.
    // Lists the Claude names the mapper advertises (each resolved to its target), then the listed real models.
    QJsonObject anthropicModelList(const ModelMapper &mapper) const;
    // The same for OpenAI clients: {"object":"list","data":[{"id","object":"model","created","owned_by"}]}.
    QJsonObject openAiModelList(const ModelMapper &mapper) const;

    // The fallback table, copied from a real catalogue reply (shared/fixtures/codex-models.json): gpt-5.5,
    // gpt-5.4, gpt-5.4-mini, gpt-5.3-codex-spark.
    static QList<Model> builtInModels();
    // A built-in entry; besides the table above, any other "gpt-5[.N]-codex*" slug gets the values the
    // catalogue gives the gpt-5.x models (an assumption: those models are absent from the fixture).
    static std::optional<Model> builtInModel(const QString &slug);

private:
    struct ListEntry
    {
        QString id;
        QString displayName;
        bool isAlias = false;
    };
    QList<ListEntry> listEntries(const ModelMapper &mapper) const;

    QList<Model> m_models;
    QDateTime m_fetchedAt;
    QString m_errorString;
};
