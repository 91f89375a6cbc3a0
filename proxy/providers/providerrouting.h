#pragma once

#include "providers/provider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Which requested models go to which provider. Nothing matches (and everything stays on the ChatGPT
// subscription) until the user adds a provider and a rule.
//
// resolve(requested), first hit wins:
//   1. an explicit "<provider id>/<model>" name ("ollama/qwen3:8b"; OpenRouter-style names such as
//      "minimax/minimax-m2.5:free" only count when "minimax" is one of the providers),
//   2. "kilo" (the reference program's explicit alternate route) -> haikuModel,
//   3. a rule whose match is the exact requested name (case-insensitive, a trailing "[1m]" ignored),
//   4. a rule whose match is the family named in the request ("opus", "sonnet", "haiku"),
//   5. a haiku-family request when routeHaiku is on -> haikuModel.
// haikuModel is "<provider id>/<model>" or a bare model name, which goes to the provider listing it (else the
// first provider).
//
// JSON (in providers.json): {"routes":[{"match":"haiku","provider":"ollama","model":"qwen3:8b"}],
//   "fallback":{"provider":"openrouter","model":"..."},"haikuModel":"ollama/qwen3:8b","routeHaiku":false}
class ProviderRouting
{
    Q_DECLARE_TR_FUNCTIONS(ProviderRouting)

public:
    struct Rule
    {
        QString match;    // a model name or a family
        QString provider; // provider id
        QString model;    // the provider's model; empty: the requested name as is
    };
    struct Target
    {
        QString provider;
        QString model;
        friend bool operator==(const Target &, const Target &) = default;
    };

    QList<Rule> rules;
    std::optional<Target> fallback; // used when the subscription answers 429 usage_limit_reached
    QString haikuModel;
    bool routeHaiku = false;

    std::optional<Target> resolve(const QString &requested, const QList<Provider> &providers) const;
    // haikuModel as a target (nullopt when empty or no provider can serve it).
    std::optional<Target> haikuTarget(const QList<Provider> &providers) const;
    // The fallback target, when set and its provider exists.
    std::optional<Target> fallbackTarget(const QList<Provider> &providers) const;

    // Empty when every rule names an existing provider, else why not.
    QString validate(const QList<Provider> &providers) const;
    bool isEmpty() const { return rules.isEmpty() && !fallback && haikuModel.isEmpty(); }

    QJsonObject toJson() const;
    static ProviderRouting fromJson(const QJsonObject &json);

private:
    static std::optional<Target> explicitTarget(const QString &name, const QList<Provider> &providers);
};
