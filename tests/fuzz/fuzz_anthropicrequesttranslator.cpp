// AnthropicRequestTranslator on arbitrary JSON. The first input byte picks the translation context. Checks the
// promises of the translator: an error or a body, never both; the body only holds allow-listed fields and the
// fields the backend requires (codex-protocol.md section 3).
#include "anthropic/anthropicrequesttranslator.h"
#include "fuzzinput.h"
#include "responses/responsesrequestrules.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    FuzzInput input;
    if (!input.read(bytes, size))
        return 0;
    const uint8_t options = input.options;
    const QJsonDocument doc = QJsonDocument::fromJson(input.payload.toByteArray());
    if (!doc.isObject())
        return 0;

    RequestTranslationContext ctx;
    if (options & 1)
        ctx.upstreamModel = QStringLiteral("gpt-5.5");
    if (options & 2)
        ctx.supportedEfforts = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    if (options & 4)
        ctx.promptCacheKey = QStringLiteral("11111111-1111-4111-8111-111111111111");
    ctx.systemAsInstructions = options & 8;

    const QJsonObject request = doc.object();
    AnthropicRequestTranslator::sessionKey(QByteArray(reinterpret_cast<const char *>(bytes), qMin<qsizetype>(size, 40)),
                                           request, options & 16 ? QByteArray("agent") : QByteArray());
    const TranslatedRequest translated = AnthropicRequestTranslator::translate(request, ctx);
    if (!translated.ok()) {
        if (!translated.body.isEmpty() || translated.error->status < 400 || translated.error->status > 599)
            std::abort();
        return 0;
    }
    const QJsonObject &body = translated.body;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!ResponsesRequestRules::isAllowedField(it.key()))
            std::abort();
    }
    if (body.value(QLatin1String("store")) != QJsonValue(false) || body.value(QLatin1String("stream")) != QJsonValue(true)
        || !body.value(QLatin1String("instructions")).isString() || !body.value(QLatin1String("input")).isArray())
        std::abort();
    const QJsonObject stripped = AnthropicRequestTranslator::withoutReasoning(body);
    for (const QJsonValue &item : stripped.value(QLatin1String("input")).toArray()) {
        if (item.toObject().value(QLatin1String("type")).toString() == QLatin1String("reasoning"))
            std::abort();
    }
    QJsonDocument(body).toJson(QJsonDocument::Compact);
    return 0;
}
