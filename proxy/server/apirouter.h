#pragma once

#include "core/proxysettings.h"
#include "http/httphandler.h"
#include "models/modelcatalog.h"
#include "server/requestguard.h"
#include "server/requestrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>

class AccountStore;
class ClaudeConfigApi;
class CredentialProvider;
class DashboardRoutes;
class ManagementApi;
class ProviderRouter;
class ProviderSettingsApi;
class UpstreamClient;

// The proxy's HTTP API: routes requests to the translators and the upstream, answers the local routes, and
// refuses what a web page or a stranger must not do (RequestGuard). Lives on the proxy thread.
class ApiRouter : public QObject, public HttpHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRouter)

public:
    ApiRouter(const ProxySettings &settings, AccountStore *accounts, UpstreamClient *upstream,
              QObject *parent = nullptr);
    ~ApiRouter() override;

    void handleRequest(const HttpRequest &request, HttpResponder *responder) override;
    QByteArray protocolErrorBody(const QByteArray &path, int status, const QString &message) override;

    // The port the server actually listens on (for the same-origin check; known only after listen()).
    void setListeningPort(quint16 port);
    // The account-management routes (/accounts..., /auth/callback) go to `api` (not owned; null: 404).
    void setManagementApi(ManagementApi *api) { m_management = api; }
    // OpenAI-compatible providers (not owned; null: none): model routing, the 429 fallback and their settings routes.
    void setProviders(ProviderRouter *router, ProviderSettingsApi *settingsApi);
    // The dashboard's page and routes (/, /requests/..., /settings) go to `routes` (not owned; null: 404).
    void setDashboardRoutes(DashboardRoutes *routes) { m_dashboard = routes; }
    // Model mapping, client key, rotation and system-prompt handling for the next request (host and port are
    // the listener's business, see ProxyWorker::applySettings).
    void applySettings(const ProxySettings &settings);
    // The Claude Code configuration routes (/claude/config...) go to `api` (not owned; null: 404).
    void setClaudeConfigApi(ClaudeConfigApi *api) { m_claudeConfig = api; }
    // Fetches the upstream model catalogue when there is an account and the cached one is stale.
    void refreshModelCatalogue();
    const ModelCatalog &modelCatalogue() const { return m_catalogue; }
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void requestFinished(const RequestRecord &record);
    void upstreamHeaders(const QString &accountLabel, const QList<QNetworkReply::RawHeaderPair> &headers);

private:
    enum class Api { Anthropic, OpenAI };

    void handleMessages(const HttpRequest &request, HttpResponder *responder);
    void handleChatCompletions(const HttpRequest &request, HttpResponder *responder);
    void handleCountTokens(const HttpRequest &request, HttpResponder *responder);
    void handleModels(const HttpRequest &request, HttpResponder *responder);
    void handleHealth(const HttpRequest &request, HttpResponder *responder);
    void startExchange(const HttpRequest &request, HttpResponder *responder, Api api, const QJsonObject &body);

    static Api apiForPath(const QByteArray &path);
    static bool wantsOpenAiShape(const HttpRequest &request);
    bool parseJsonBody(const HttpRequest &request, HttpResponder *responder, Api api, QJsonObject *out);
    void sendJson(HttpResponder *responder, int status, const QJsonObject &json);
    void sendError(const HttpRequest &request, HttpResponder *responder, Api api, const ApiError &error);
    void logRecord(const RequestRecord &record);

    ProxySettings m_settings;
    RequestGuard m_guard;
    AccountStore *m_accounts;
    UpstreamClient *m_upstream;
    CredentialProvider *m_credentials;
    ManagementApi *m_management = nullptr;
    ProviderRouter *m_providers = nullptr;
    ProviderSettingsApi *m_providerSettings = nullptr;
    DashboardRoutes *m_dashboard = nullptr;
    quint16 m_listeningPort = 0;
    ClaudeConfigApi *m_claudeConfig = nullptr;
    ModelCatalog m_catalogue;
    bool m_catalogueFetching = false;
    QDateTime m_lastCatalogueAttempt;
    int m_inFlight = 0;
};
