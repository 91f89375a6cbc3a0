#include "providerrouter.h"

#include "chatcompat/chatcompatrequesttranslator.h"
#include "core/loggingcategories.h"
#include "core/tokenestimator.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "providers/providerclient.h"
#include "providers/providerexchange.h"
#include "providers/providerstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

ProviderRouter::ProviderRouter(ProviderStore *store, ProviderClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{
}

bool ProviderRouter::route(const HttpRequest &request, HttpResponder *responder, bool openAiClient,
                           const QJsonObject &body)
{
    if (!m_store || !m_store->isActive())
        return false;
    const QString clientModel = body.value(QLatin1String("model")).toString();
    const std::optional<ProviderRouting::Target> target = m_store->routing().resolve(clientModel, m_store->providers());
    if (!target)
        return false;
    startExchange(Call{request.method, request.path, openAiClient, body}, *target, responder);
    return true;
}

ProviderRouter::Fallback ProviderRouter::usageLimitFallback(const HttpRequest &request, bool openAiClient,
                                                            const QJsonObject &body)
{
    if (!m_store || !m_store->routing().fallbackTarget(m_store->providers()))
        return {};
    QPointer<ProviderRouter> self(this);
    const Call call{request.method, request.path, openAiClient, body};
    return [self, call](HttpResponder *responder) {
        if (!self)
            return false;
        // Read again: the user may have changed the fallback while the request was under way.
        const auto target = self->m_store->routing().fallbackTarget(self->m_store->providers());
        if (!target)
            return false;
        qCInfo(lcProviders).noquote() << "the ChatGPT subscription reached its usage limit; sending the request to"
                                      << "fallback provider" << target->provider;
        self->startExchange(call, *target, responder);
        return true;
    };
}

void ProviderRouter::startExchange(const Call &call, const ProviderRouting::Target &target, HttpResponder *responder)
{
    const std::optional<Provider> provider = m_store->provider(target.provider);
    const QString clientModel = call.body.value(QLatin1String("model")).toString();
    const bool streaming = call.body.value(QLatin1String("stream")).toBool(false);

    ProviderExchange::Params params;
    params.responder = responder;
    params.client = m_client;
    params.provider = *provider;
    params.apiKey = m_store->apiKey(provider->id);
    params.streaming = streaming;
    params.record.method = call.method;
    params.record.path = call.path;
    params.record.clientModel = clientModel;
    params.record.upstreamModel = provider->id + QLatin1Char('/') + target.model;
    if (call.openAiClient) {
        // OpenAI clients speak the provider's language already: only the model name changes.
        QJsonObject body = call.body;
        body.insert(QStringLiteral("model"), target.model);
        params.api = ProviderExchange::ClientApi::OpenAI;
        params.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    } else {
        const ChatCompatRequestTranslator::Result translated =
            ChatCompatRequestTranslator::translate(call.body, target.model, streaming);
        if (translated.error) {
            responder->send(translated.error->status, QByteArrayLiteral("application/json"),
                            translated.error->toJson(ApiError::Flavor::Anthropic));
            RequestRecord record = params.record;
            record.status = translated.error->status;
            Q_EMIT requestFinished(record);
            return;
        }
        params.api = ProviderExchange::ClientApi::Anthropic;
        params.body = QJsonDocument(translated.body).toJson(QJsonDocument::Compact);
        params.translatorOptions.clientModel = clientModel;
        params.translatorOptions.providerName = provider->name;
        params.translatorOptions.inputTokensEstimate = TokenEstimator::estimateRequest(call.body);
    }
    qCDebug(lcProviders).noquote() << "routing" << clientModel << "to provider" << provider->id << "model"
                                   << target.model;
    auto *exchange = new ProviderExchange(std::move(params), this);
    ++m_inFlight;
    connect(exchange, &ProviderExchange::finished, this, [this](const RequestRecord &record) {
        --m_inFlight;
        Q_EMIT requestFinished(record);
    });
    exchange->start();
}

QStringList ProviderRouter::advertisedModels() const
{
    QStringList models;
    if (!m_store)
        return models;
    for (const Provider &provider : m_store->providers()) {
        for (const QString &model : provider.models)
            models << provider.id + QLatin1Char('/') + model;
    }
    return models;
}

void ProviderRouter::appendModels(QJsonObject &list, bool openAiShape) const
{
    const QStringList models = advertisedModels();
    if (models.isEmpty())
        return;
    QJsonArray data = list.value(QLatin1String("data")).toArray();
    for (const QString &model : models) {
        if (openAiShape) {
            data.append(QJsonObject{{QStringLiteral("id"), model},
                                    {QStringLiteral("object"), QStringLiteral("model")},
                                    {QStringLiteral("created"), 0},
                                    {QStringLiteral("owned_by"), model.section(QLatin1Char('/'), 0, 0)}});
        } else {
            data.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("model")},
                                    {QStringLiteral("id"), model},
                                    {QStringLiteral("display_name"), model},
                                    {QStringLiteral("created_at"), QStringLiteral("1970-01-01T00:00:00Z")}});
        }
    }
    list.insert(QStringLiteral("data"), data);
    if (!openAiShape)
        list.insert(QStringLiteral("last_id"), models.constLast());
}

void ProviderRouter::shutdownExchanges(const UpstreamFailure &failure)
{
    const QList<ProviderExchange *> exchanges = findChildren<ProviderExchange *>(Qt::FindDirectChildrenOnly);
    for (ProviderExchange *exchange : exchanges)
        exchange->shutdown(failure);
}
