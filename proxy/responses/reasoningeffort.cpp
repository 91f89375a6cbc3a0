#include "reasoningeffort.h"

const QStringList &ReasoningEffort::levels()
{
    // "max" and "ultra" appear in the live model catalogue above "xhigh".
    static const QStringList ordered{QStringLiteral("none"),  QStringLiteral("minimal"),
                                     QStringLiteral("low"),   QStringLiteral("medium"),
                                     QStringLiteral("high"),  QStringLiteral("xhigh"),
                                     QStringLiteral("max"),   QStringLiteral("ultra")};
    return ordered;
}

QString ReasoningEffort::fromBudgetTokens(std::optional<qint64> budgetTokens)
{
    if (!budgetTokens)
        return QStringLiteral("medium");
    const qint64 budget = *budgetTokens;
    if (budget <= 0)
        return QStringLiteral("none");
    if (budget <= 512)
        return QStringLiteral("minimal");
    if (budget <= 1024)
        return QStringLiteral("low");
    if (budget <= 8192)
        return QStringLiteral("medium");
    if (budget <= 24576)
        return QStringLiteral("high");
    return QStringLiteral("xhigh");
}

QString ReasoningEffort::clamp(const QString &effort, const QStringList &supported, const QString &fallback)
{
    const QStringList &all = levels();
    if (supported.isEmpty())
        return fallback;
    const int requested = all.indexOf(effort.trimmed().toLower());
    if (requested < 0) {
        // The fallback is the model's default and normally supported; clamp it anyway when it is a
        // known level so a stale default can never produce an unsupported value.
        const int fallbackIndex = all.indexOf(fallback.trimmed().toLower());
        return fallbackIndex < 0 ? fallback : clamp(all.at(fallbackIndex), supported, fallback);
    }

    QList<bool> isSupported(all.size(), false);
    bool anyKnown = false;
    for (const QString &level : supported) {
        const int index = all.indexOf(level.trimmed().toLower());
        if (index >= 0) {
            isSupported[index] = true;
            anyKnown = true;
        }
    }
    if (!anyKnown)
        return fallback;
    for (int i = requested; i >= 0; --i) {
        if (isSupported.at(i))
            return all.at(i);
    }
    for (int i = requested + 1; i < all.size(); ++i) {
        if (isSupported.at(i))
            return all.at(i);
    }
    return fallback; // unreachable: anyKnown guarantees a hit
}
