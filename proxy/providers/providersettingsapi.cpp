#include "providersettingsapi.h"

#include "core/loggingcategories.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "providers/providerclient.h"
#include "providers/providerstore.h"
#include "server/managementapi.h"
#include "server/requestguard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace {
// The API key may come at the top level or inside "provider"; nullopt when absent (keep the stored one).
std::optional<QByteArray> apiKeyOf(const QJsonObject &body)
{
    for (const QJsonObject &object : {body, body.value(QLatin1String("provider")).toObject()}) {
        const QJsonValue key = object.value(QLatin1String("apiKey"));
        if (key.isString())
            return key.toString().trimmed().toUtf8();
    }
    return std::nullopt;
}
} // namespace

ProviderSettingsApi::ProviderSettingsApi(ProviderStore *store, ProviderClient *client,
                                         const ManagementApi *management, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_management(management)
{
}

bool ProviderSettingsApi::handlesPath(const QByteArray &path)
{
    return path == "/settings/haiku-model" || path == "/settings/providers";
}

void ProviderSettingsApi::handleRequest(const HttpRequest &request, HttpResponder *responder, const RequestGuard &guard)
{
    const std::optional<ApiError> refused = m_management
        ? m_management->authorize(request, guard)
        : std::optional<ApiError>(ApiError(403, QStringLiteral("permission_error"), tr("Settings are not available.")));
    if (refused) {
        qCWarning(lcProviders).noquote() << "refused settings request" << request.method
                                         << QString::fromUtf8(request.path);
        ManagementApi::sendError(responder, *refused);
        return;
    }
    const bool haiku = request.path == "/settings/haiku-model";
    if (request.method == "GET" || request.method == "HEAD") {
        ManagementApi::sendJson(responder, 200, haiku ? haikuJson() : providersJson());
        return;
    }
    if (request.method != "POST") {
        ManagementApi::sendError(responder, ApiError(405, QStringLiteral("invalid_request_error"),
                                      tr("Method %1 is not allowed on %2.")
                                          .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path))));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject()) {
        ManagementApi::sendError(responder, ApiError(400, tr("The request body must be a JSON object.")));
        return;
    }
    haiku ? postHaiku(doc.object(), responder) : postProviders(doc.object(), responder);
}

QJsonObject ProviderSettingsApi::haikuJson() const
{
    const ProviderRouting &routing = m_store->routing();
    return QJsonObject{{QStringLiteral("success"), true},
                       {QStringLiteral("haikuKiloModel"), routing.haikuModel},
                       {QStringLiteral("kiloEnabled"), routing.haikuTarget(m_store->providers()).has_value()},
                       {QStringLiteral("routeHaiku"), routing.routeHaiku}};
}

QJsonObject ProviderSettingsApi::providersJson() const
{
    QJsonArray providers;
    for (const Provider &provider : m_store->providers()) {
        QJsonObject json = provider.toJson();
        json.insert(QStringLiteral("hasApiKey"), m_store->hasApiKey(provider.id));
        providers.append(json);
    }
    QJsonObject json = m_store->routing().toJson();
    json.insert(QStringLiteral("success"), true);
    json.insert(QStringLiteral("providers"), providers);
    return json;
}

void ProviderSettingsApi::postHaiku(const QJsonObject &body, HttpResponder *responder)
{
    const QJsonValue model = body.value(QLatin1String("haikuKiloModel"));
    const QJsonValue routeHaiku = body.value(QLatin1String("routeHaiku"));
    if (!model.isString() && !routeHaiku.isBool()) {
        ManagementApi::sendError(responder, ApiError(400, tr("haikuKiloModel: a model name (string) is required.")));
        return;
    }
    ProviderRouting routing = m_store->routing();
    if (model.isString())
        routing.haikuModel = model.toString().trimmed();
    if (routeHaiku.isBool())
        routing.routeHaiku = routeHaiku.toBool();
    if (!m_store->setRouting(routing)) {
        ManagementApi::sendError(responder, ApiError(500, m_store->errorString()));
        return;
    }
    ManagementApi::sendJson(responder, 200, haikuJson());
}

void ProviderSettingsApi::postProviders(const QJsonObject &body, HttpResponder *responder)
{
    const QString action = body.value(QLatin1String("action")).toString();
    if (action == QLatin1String("add") || action == QLatin1String("update")) {
        upsert(body, action == QLatin1String("add"), responder);
    } else if (action == QLatin1String("remove")) {
        const QString id = body.value(QLatin1String("id")).toString().trimmed().toLower();
        if (!m_store->provider(id)) {
            ManagementApi::sendError(responder, ApiError(404, tr("There is no provider \"%1\".").arg(id)));
            return;
        }
        if (!m_store->remove(id)) {
            ManagementApi::sendError(responder, ApiError(500, m_store->errorString()));
            return;
        }
        ManagementApi::sendJson(responder, 200, providersJson());
    } else if (action == QLatin1String("test")) {
        test(body, responder);
    } else if (action == QLatin1String("routes")) {
        setRoutes(body, responder);
    } else {
        ManagementApi::sendError(responder, ApiError(400, tr("action: one of add, update, remove, test, routes is required.")));
    }
}

void ProviderSettingsApi::upsert(const QJsonObject &body, bool adding, HttpResponder *responder)
{
    QString error;
    const Provider provider = Provider::fromJson(body.value(QLatin1String("provider")).toObject(), &error);
    if (provider.id.isEmpty()) {
        ManagementApi::sendError(responder, ApiError(400, error));
        return;
    }
    const bool exists = m_store->provider(provider.id).has_value();
    if (adding && exists) {
        ManagementApi::sendError(responder, ApiError(409, tr("A provider \"%1\" exists already; update it instead.").arg(provider.id)));
        return;
    }
    if (!adding && !exists) {
        ManagementApi::sendError(responder, ApiError(404, tr("There is no provider \"%1\".").arg(provider.id)));
        return;
    }
    if (!m_store->upsert(provider, apiKeyOf(body))) {
        ManagementApi::sendError(responder, ApiError(500, m_store->errorString()));
        return;
    }
    qCInfo(lcProviders).noquote() << (adding ? "added" : "updated") << "provider" << provider.id;
    ManagementApi::sendJson(responder, 200, providersJson());
}

void ProviderSettingsApi::test(const QJsonObject &body, HttpResponder *responder)
{
    Provider provider;
    QByteArray apiKey;
    const QString id = body.value(QLatin1String("id")).toString().trimmed().toLower();
    bool stored = false;
    if (!id.isEmpty()) {
        const std::optional<Provider> existing = m_store->provider(id);
        if (!existing) {
            ManagementApi::sendError(responder, ApiError(404, tr("There is no provider \"%1\".").arg(id)));
            return;
        }
        provider = *existing;
        apiKey = apiKeyOf(body).value_or(m_store->apiKey(id));
        stored = true;
    } else {
        QString error;
        provider = Provider::fromJson(body.value(QLatin1String("provider")).toObject(), &error);
        if (provider.id.isEmpty()) {
            ManagementApi::sendError(responder, ApiError(400, error));
            return;
        }
        apiKey = apiKeyOf(body).value_or(QByteArray());
    }
    QPointer<HttpResponder> target(responder);
    QPointer<ProviderStore> store(m_store);
    const QString providerId = provider.id;
    m_client->fetchModels(provider, apiKey,
                          [target, store, stored, providerId](const QStringList &models,
                                                              const std::optional<UpstreamFailure> &failure) {
        if (!failure && stored && store && !models.isEmpty())
            store->setModels(providerId, models);
        if (!target)
            return;
        QJsonObject json{{QStringLiteral("success"), !failure.has_value()},
                         {QStringLiteral("models"), QJsonArray::fromStringList(models)}};
        if (failure) {
            // The test's outcome, not an error of this route: 200 with success:false and the provider's words.
            const QString message = failure->message.isEmpty() ? failure->code : failure->message;
            json.insert(QStringLiteral("status"), failure->httpStatus);
            json.insert(QStringLiteral("message"), message);
            json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), QStringLiteral("api_error")},
                                                             {QStringLiteral("message"), message}});
        }
        ManagementApi::sendJson(target, 200, json);
    });
}

void ProviderSettingsApi::setRoutes(const QJsonObject &body, HttpResponder *responder)
{
    ProviderRouting routing = m_store->routing();
    const ProviderRouting posted = ProviderRouting::fromJson(body);
    if (body.contains(QLatin1String("routes")))
        routing.rules = posted.rules;
    if (body.contains(QLatin1String("fallback")))
        routing.fallback = posted.fallback;
    if (body.contains(QLatin1String("haikuModel")))
        routing.haikuModel = posted.haikuModel;
    if (body.contains(QLatin1String("routeHaiku")))
        routing.routeHaiku = posted.routeHaiku;
    if (!m_store->setRouting(routing)) {
        ManagementApi::sendError(responder, ApiError(400, m_store->errorString()));
        return;
    }
    ManagementApi::sendJson(responder, 200, providersJson());
}
