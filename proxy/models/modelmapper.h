#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Maps the model a client asks for to an upstream Codex model slug. User-editable (settings file).
//
// resolve() order:
//   1. an exact alias (case-insensitive; a trailing context marker like "[1m]" is ignored),
//   2. an OpenAI slug passes through unchanged: "gpt-*", "codex-*", "o1", "o3", "o4" and "o1-*"/"o3-*"/"o4-*",
//   3. the Claude family named anywhere in it: "opus", "sonnet" or "haiku" (Claude Code's names change with
//      every release, e.g. claude-opus-5-5, claude-3-5-haiku-20241022, so exact names would go stale),
//   4. anything else (and an empty name): the default target, which is sonnet's.
//
// JSON (as stored in the settings file):
//   {"families": {"opus": "gpt-5.5", "sonnet": "gpt-5.5", "haiku": "gpt-5.4-mini"},
//    "aliases": {"my-model": "gpt-5.4"}}
class ModelMapper
{
public:
    enum class Family { Opus, Sonnet, Haiku };

    // The defaults: opus -> gpt-5.5, sonnet -> gpt-5.5, haiku -> gpt-5.4-mini, no aliases.
    ModelMapper();

    QString resolve(const QString &requested) const;
    // The family named in `requested` ("opus"/"sonnet"/"haiku" anywhere, case-insensitive), if any.
    static std::optional<Family> familyOf(const QString &requested);
    static bool isPassThrough(const QString &requested);

    QString familyTarget(Family family) const;
    void setFamilyTarget(Family family, const QString &upstreamModel);
    QString defaultTarget() const { return familyTarget(Family::Sonnet); }

    // Keys are stored lower-case, without surrounding whitespace.
    QHash<QString, QString> aliases() const { return m_aliases; }
    void setAlias(const QString &requested, const QString &upstreamModel);
    void removeAlias(const QString &requested);

    // The Claude model names to list in GET /v1/models: one current name per family plus every alias that looks
    // like a Claude model ("claude-*"), sorted, without duplicates.
    QStringList advertisedClaudeModels() const;

    QJsonObject toJson() const;
    // Starts from the defaults and applies every valid entry of `json`; invalid entries (a target that is not a
    // non-empty string, an unknown family) are skipped and described in `problems`, so one typo does not
    // throw away the rest of the user's table.
    static ModelMapper fromJson(const QJsonObject &json, QStringList *problems = nullptr);

    static QString familyName(Family family);
    static std::optional<Family> familyFromName(const QString &name);

    friend bool operator==(const ModelMapper &, const ModelMapper &) = default;

private:
    static QString normalised(const QString &requested);

    QString m_opus;
    QString m_sonnet;
    QString m_haiku;
    QHash<QString, QString> m_aliases;
};
