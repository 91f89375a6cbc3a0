#include "apirouter.h"

#include "anthropic/anthropicrequesttranslator.h"
#include "auth/accountstore.h"
#include "claude/claudeconfigapi.h"
#include "core/loggingcategories.h"
#include "core/tokenestimator.h"
#include "dashboard/dashboardroutes.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "openai/chatrequesttranslator.h"
#include "providers/providerrouter.h"
#include "providers/providersettingsapi.h"
#include "responses/requesttranslationcontext.h"
#include "responses/translatedrequest.h"
#include "server/anthropicclientstream.h"
#include "server/chatclientstream.h"
#include "server/credentialprovider.h"
#include "server/managementapi.h"
#include "server/proxyexchange.h"
#include "upstream/upstreamclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

namespace {
constexpr auto CatalogueMaxAge = std::chrono::hours(6);
constexpr qint64 CatalogueRetrySeconds = 300;

QByteArray jsonBytes(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}
} // namespace

ApiRouter::ApiRouter(const ProxySettings &settings, AccountStore *accounts, UpstreamClient *upstream,
                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_guard(RequestGuard::Config{settings.port, settings.clientKey})
    , m_accounts(accounts)
    , m_upstream(upstream)
    , m_credentials(new CredentialProvider(accounts, settings.rotation, this))
    , m_listeningPort(settings.port)
{
}

ApiRouter::~ApiRouter() = default;

void ApiRouter::setProviders(ProviderRouter *router, ProviderSettingsApi *settingsApi)
{
    m_providers = router;
    m_providerSettings = settingsApi;
    if (router)
        connect(router, &ProviderRouter::requestFinished, this, &ApiRouter::logRecord);
}

void ApiRouter::setListeningPort(quint16 port)
{
    m_listeningPort = port;
    m_guard = RequestGuard(RequestGuard::Config{port, m_settings.clientKey});
    if (m_claudeConfig)
        m_claudeConfig->setListeningPort(port);
}

void ApiRouter::applySettings(const ProxySettings &settings)
{
    m_settings = settings;
    m_guard = RequestGuard(RequestGuard::Config{m_listeningPort, m_settings.clientKey});
    if (const std::optional<AccountRouter::Mode> mode = AccountRouter::modeFromString(settings.rotation))
        m_credentials->router().setMode(*mode);
    if (m_claudeConfig)
        m_claudeConfig->applySettings(settings);
}

ApiRouter::Api ApiRouter::apiForPath(const QByteArray &path)
{
    return path.startsWith("/v1/chat/") || path.startsWith("/chat/") ? Api::OpenAI : Api::Anthropic;
}

bool ApiRouter::wantsOpenAiShape(const HttpRequest &request)
{
    // Anthropic clients always send anthropic-version; OpenAI clients never do.
    return !request.hasHeader("anthropic-version") && !request.hasHeader("x-api-key");
}

QByteArray ApiRouter::protocolErrorBody(const QByteArray &path, int status, const QString &message)
{
    const ApiError error(status, message);
    return error.toJson(apiForPath(path) == Api::OpenAI ? ApiError::Flavor::OpenAI : ApiError::Flavor::Anthropic);
}

void ApiRouter::sendJson(HttpResponder *responder, int status, const QJsonObject &json)
{
    responder->send(status, QByteArrayLiteral("application/json"), jsonBytes(json));
}

void ApiRouter::sendError(const HttpRequest &request, HttpResponder *responder, Api api, const ApiError &error)
{
    HttpHeaderList headers;
    if (error.retryAfterSeconds >= 0)
        headers.append({QByteArrayLiteral("retry-after"), QByteArray::number(error.retryAfterSeconds)});
    responder->send(error.status, QByteArrayLiteral("application/json"),
                    error.toJson(api == Api::OpenAI ? ApiError::Flavor::OpenAI : ApiError::Flavor::Anthropic),
                    headers);
    RequestRecord record;
    record.method = request.method;
    record.path = request.path;
    record.status = error.status;
    logRecord(record);
}

void ApiRouter::logRecord(const RequestRecord &record)
{
    qCInfo(lcRequests).noquote() << record.toLogLine();
    Q_EMIT requestFinished(record);
}

void ApiRouter::handleRequest(const HttpRequest &request, HttpResponder *responder)
{
    const QByteArray &path = request.path;
    const Api api = apiForPath(path);
    const bool isApiRoute = path.startsWith("/v1/");
    if (const std::optional<ApiError> refused = m_guard.check(request, isApiRoute)) {
        qCWarning(lcProxy).noquote() << "refused" << request.method << QString::fromUtf8(path) << refused->status;
        sendError(request, responder, api, *refused);
        return;
    }
    if (m_management && ManagementApi::handlesPath(path)) {
        m_management->handleRequest(request, responder, m_guard);
        return;
    }
    if (m_providerSettings && ProviderSettingsApi::handlesPath(path)) {
        m_providerSettings->handleRequest(request, responder, m_guard);
        return;
    }
    if (m_claudeConfig && ClaudeConfigApi::handlesPath(path)) {
        m_claudeConfig->handleRequest(request, responder, m_guard);
        return;
    }
    if (m_dashboard && DashboardRoutes::handlesPath(path)) {
        m_dashboard->handleRequest(request, responder, m_guard);
        return;
    }
    const QByteArray &method = request.method;
    const auto methodNotAllowed = [&] {
        sendError(request, responder, api,
                  ApiError(405, QStringLiteral("invalid_request_error"),
                           tr("Method %1 is not allowed on %2.")
                               .arg(QString::fromLatin1(method), QString::fromUtf8(path))));
    };
    if (method == "OPTIONS") {
        // Only same-origin pages get here (RequestGuard refuses others); they need no CORS.
        responder->send(204, QByteArray(), QByteArray(), {{QByteArrayLiteral("allow"), QByteArrayLiteral("GET, POST, OPTIONS")}});
        return;
    }
    if (path == "/v1/messages") {
        method == "POST" ? handleMessages(request, responder) : methodNotAllowed();
    } else if (path == "/v1/messages/count_tokens") {
        method == "POST" ? handleCountTokens(request, responder) : methodNotAllowed();
    } else if (path == "/v1/chat/completions" || path == "/chat/completions") {
        method == "POST" ? handleChatCompletions(request, responder) : methodNotAllowed();
    } else if (path == "/v1/models" || path == "/models") {
        (method == "GET" || method == "HEAD") ? handleModels(request, responder) : methodNotAllowed();
    } else if (path == "/health") {
        (method == "GET" || method == "HEAD") ? handleHealth(request, responder) : methodNotAllowed();
    } else {
        sendError(request, responder, api,
                  ApiError(404, tr("No route for %1 %2.").arg(QString::fromLatin1(method), QString::fromUtf8(path))));
    }
}

bool ApiRouter::parseJsonBody(const HttpRequest &request, HttpResponder *responder, Api api, QJsonObject *out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        sendError(request, responder, api,
                  ApiError(400, tr("The request body is not valid JSON: %1 at offset %2.")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)));
        return false;
    }
    if (!doc.isObject()) {
        sendError(request, responder, api, ApiError(400, tr("The request body must be a JSON object.")));
        return false;
    }
    *out = doc.object();
    return true;
}

void ApiRouter::handleHealth(const HttpRequest &request, HttpResponder *responder)
{
    Q_UNUSED(request)
    QJsonObject json{{QStringLiteral("status"), QStringLiteral("ok")},
                     {QStringLiteral("version"), QStringLiteral(CODEXBRIDGE_VERSION)},
                     {QStringLiteral("accounts"), m_accounts ? int(m_accounts->accounts().size()) : 0},
                     {QStringLiteral("inFlight"), m_inFlight}};
    if (const auto active = m_accounts ? m_accounts->activeAccount() : std::nullopt)
        json.insert(QStringLiteral("activeAccount"), active->email);
    sendJson(responder, 200, json);
}

void ApiRouter::handleModels(const HttpRequest &request, HttpResponder *responder)
{
    refreshModelCatalogue();
    const bool openAiShape = wantsOpenAiShape(request);
    QJsonObject list = openAiShape ? m_catalogue.openAiModelList(m_settings.modelMapper)
                                   : m_catalogue.anthropicModelList(m_settings.modelMapper);
    if (m_providers)
        m_providers->appendModels(list, openAiShape);
    sendJson(responder, 200, list);
}

void ApiRouter::handleCountTokens(const HttpRequest &request, HttpResponder *responder)
{
    QJsonObject body;
    if (!parseJsonBody(request, responder, Api::Anthropic, &body))
        return;
    if (!body.value(QLatin1String("messages")).isArray()) {
        sendError(request, responder, Api::Anthropic, ApiError(400, tr("messages: an array is required.")));
        return;
    }
    // Answered locally: forwarding would spend the user's quota on a question we can estimate.
    sendJson(responder, 200, QJsonObject{{QStringLiteral("input_tokens"), TokenEstimator::estimateRequest(body)}});
}

void ApiRouter::handleMessages(const HttpRequest &request, HttpResponder *responder)
{
    QJsonObject body;
    if (parseJsonBody(request, responder, Api::Anthropic, &body))
        startExchange(request, responder, Api::Anthropic, body);
}

void ApiRouter::handleChatCompletions(const HttpRequest &request, HttpResponder *responder)
{
    QJsonObject body;
    if (parseJsonBody(request, responder, Api::OpenAI, &body))
        startExchange(request, responder, Api::OpenAI, body);
}

void ApiRouter::startExchange(const HttpRequest &request, HttpResponder *responder, Api api, const QJsonObject &body)
{
    const QJsonValue modelValue = body.value(QLatin1String("model"));
    if (!modelValue.isString() || modelValue.toString().trimmed().isEmpty()) {
        sendError(request, responder, api, ApiError(400, tr("model: a model name (string) is required.")));
        return;
    }
    if (m_providers && m_providers->route(request, responder, api == Api::OpenAI, body))
        return;
    const QString clientModel = modelValue.toString();
    const QString upstreamModel = m_settings.modelMapper.resolve(clientModel);

    RequestTranslationContext context;
    context.upstreamModel = upstreamModel;
    context.supportedEfforts = m_catalogue.supportedEfforts(upstreamModel);
    context.defaultEffort = m_catalogue.defaultEffort(upstreamModel);
    context.systemAsInstructions = m_settings.systemAsInstructions;

    QString sessionKey;
    if (api == Api::Anthropic) {
        sessionKey = AnthropicRequestTranslator::sessionKey(request.header("x-claude-code-session-id"), body,
                                                             request.header("x-claude-code-agent-id"));
    } else {
        const QString user = body.value(QLatin1String("user")).toString();
        const QByteArray header = request.header("session_id");
        if (!header.isEmpty())
            sessionKey = QString::fromUtf8(header.left(128));
        else if (!user.isEmpty())
            sessionKey = QUuid::createUuidV5(QUuid(), user.toUtf8()).toString(QUuid::WithoutBraces);
    }
    context.promptCacheKey = sessionKey;

    TranslatedRequest translated = api == Api::Anthropic ? AnthropicRequestTranslator::translate(body, context)
                                                         : ChatRequestTranslator::translate(body, context);
    if (translated.error) {
        sendError(request, responder, api, *translated.error);
        return;
    }
    const bool streaming = body.value(QLatin1String("stream")).toBool(false);

    ProxyExchange::Params params;
    params.responder = responder;
    params.upstream = m_upstream;
    params.credentials = m_credentials;
    params.body = std::move(translated.body);
    params.sessionId = sessionKey;
    params.streaming = streaming;
    params.flavor = api == Api::OpenAI ? ApiError::Flavor::OpenAI : ApiError::Flavor::Anthropic;
    if (m_providers)
        params.usageLimitFallback = m_providers->usageLimitFallback(request, api == Api::OpenAI, body);
    params.record.method = request.method;
    params.record.path = request.path;
    params.record.clientModel = clientModel;
    params.record.upstreamModel = upstreamModel;
    if (api == Api::Anthropic) {
        AnthropicStreamTranslator::Options options;
        options.clientModel = clientModel;
        options.toolNames = translated.toolNames;
        options.inputTokensEstimate = TokenEstimator::estimateRequest(body);
        params.makeStream = [options, streaming] {
            return std::make_unique<AnthropicClientStream>(options, streaming);
        };
    } else {
        ChatStreamTranslator::Options options;
        options.clientModel = clientModel;
        options.toolNames = translated.toolNames;
        // Non-streaming replies always carry usage; streaming ones when the client asked for it.
        options.includeUsage = !streaming
            || body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool();
        params.makeStream = [options, streaming] { return std::make_unique<ChatClientStream>(options, streaming); };
    }

    auto *exchange = new ProxyExchange(std::move(params), this);
    ++m_inFlight;
    connect(exchange, &ProxyExchange::finished, this, [this](const RequestRecord &record) {
        --m_inFlight;
        logRecord(record);
    });
    connect(exchange, &ProxyExchange::upstreamHeaders, this, &ApiRouter::upstreamHeaders);
    exchange->start();
    refreshModelCatalogue();
}

void ApiRouter::refreshModelCatalogue()
{
    if (m_catalogueFetching || !m_catalogue.isStale(CatalogueMaxAge))
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastCatalogueAttempt.isValid() && m_lastCatalogueAttempt.secsTo(now) < CatalogueRetrySeconds)
        return;
    m_lastCatalogueAttempt = now;
    m_catalogueFetching = true;
    m_credentials->acquire(QString(), [this](const CredentialProvider::Result &result) {
        if (!result.credentials) {
            m_catalogueFetching = false;
            return;
        }
        m_upstream->fetchModels(*result.credentials, [this](const QByteArray &body, const UpstreamFailure *failure) {
            m_catalogueFetching = false;
            if (failure) {
                qCInfo(lcUpstream).noquote() << "model catalogue not available:" << failure->httpStatus
                                             << failure->code;
                return;
            }
            if (!m_catalogue.loadJson(body))
                qCWarning(lcUpstream).noquote() << "model catalogue not usable:" << m_catalogue.errorString();
            else
                qCInfo(lcUpstream) << "model catalogue loaded:" << m_catalogue.models().size() << "models";
        });
    });
}
