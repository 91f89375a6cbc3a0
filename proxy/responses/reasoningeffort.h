#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Maps client thinking settings to the upstream reasoning effort and clamps it to what the model supports.
class ReasoningEffort
{
public:
    // Ordered from least to most effort.
    static const QStringList &levels(); // none, minimal, low, medium, high, xhigh, max, ultra

    // Anthropic thinking.budget_tokens: 0 -> none, 1-512 minimal, 513-1024 low, 1025-8192 medium,
    // 8193-24576 high, above -> xhigh; absent -> medium.
    static QString fromBudgetTokens(std::optional<qint64> budgetTokens);
    // Nearest supported level: the requested one if supported, else the closest lower one that is,
    // else the closest higher one; `fallback` (the model's default) when `supported` is empty or the
    // requested level is unknown.
    static QString clamp(const QString &effort, const QStringList &supported, const QString &fallback);
};
