#pragma once

#include "core/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

class HttpRequest;
class HttpResponder;
class ManagementApi;
class ProviderClient;
class ProviderStore;
class RequestGuard;

// The provider routes, protected like the account routes (ManagementApi::authorize(): the management key header
// or a same-origin dashboard request). No reply ever contains an API key.
//
//   GET  /settings/haiku-model  -> {"success":true,"haikuKiloModel":"...","kiloEnabled":bool,"routeHaiku":bool}
//   POST /settings/haiku-model  {"haikuKiloModel":"<provider>/<model> or model","routeHaiku"?:bool} -> same shape
//        (as the reference program: the model used for the explicit `kilo` model and, with routeHaiku, for
//        every haiku request; kiloEnabled says whether a provider can serve it)
//   GET  /settings/providers    -> {"success":true,"providers":[{id,name,baseUrl,headers,models,hasApiKey}],
//                                   "routes":[...],"fallback":{provider,model}|null,"haikuModel","routeHaiku"}
//   POST /settings/providers    {"action":"add"|"update","provider":{...},"apiKey"?:"..."}
//                               {"action":"remove","id":"..."}
//                               {"action":"test","id":"..."} or {"action":"test","provider":{...},"apiKey"?}
//                                   -> {"success":bool,"models":[...]} and, on failure, "status" (the provider's
//                                      HTTP status, 0: unreachable), "message" and "error":{type,message}; a
//                                      stored provider's model list is updated from a successful answer
//                               {"action":"routes","routes":[...],"fallback":...,"haikuModel"?,"routeHaiku"?}
//        add/update/remove/routes answer like GET.
class ProviderSettingsApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderSettingsApi)

public:
    // `management` decides who may use the routes (null: nobody).
    ProviderSettingsApi(ProviderStore *store, ProviderClient *client, const ManagementApi *management,
                        QObject *parent = nullptr);

    static bool handlesPath(const QByteArray &path);
    void handleRequest(const HttpRequest &request, HttpResponder *responder, const RequestGuard &guard);

private:
    QJsonObject haikuJson() const;
    QJsonObject providersJson() const;
    void postHaiku(const QJsonObject &body, HttpResponder *responder);
    void postProviders(const QJsonObject &body, HttpResponder *responder);
    void upsert(const QJsonObject &body, bool adding, HttpResponder *responder);
    void test(const QJsonObject &body, HttpResponder *responder);
    void setRoutes(const QJsonObject &body, HttpResponder *responder);

    ProviderStore *m_store;
    ProviderClient *m_client;
    const ManagementApi *m_management;
};
