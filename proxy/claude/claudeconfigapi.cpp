#include "claudeconfigapi.h"

#include "core/apierror.h"
#include "core/loggingcategories.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "server/managementapi.h"

#include <QJsonArray>
#include <QJsonDocument>

ClaudeConfigApi::ClaudeConfigApi(const ProxySettings &settings, QString configDir, const ManagementApi *management,
                                 QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_configDir(std::move(configDir))
    , m_management(management)
{
}

bool ClaudeConfigApi::handlesPath(const QByteArray &path)
{
    return path == "/claude/config" || path.startsWith("/claude/config/");
}

ClaudeSettingsEditor::Target ClaudeConfigApi::target() const
{
    return ClaudeSettingsEditor::Target::fromSettings(m_settings, m_listeningPort);
}

void ClaudeConfigApi::sendJson(HttpResponder *responder, int status, const QJsonObject &json)
{
    responder->send(status, QByteArrayLiteral("application/json"), QJsonDocument(json).toJson(QJsonDocument::Compact),
                    {{QByteArrayLiteral("cache-control"), QByteArrayLiteral("no-store")}});
}

void ClaudeConfigApi::sendError(HttpResponder *responder, const ApiError &error)
{
    QJsonObject json = QJsonDocument::fromJson(error.toJson(ApiError::Flavor::Anthropic)).object();
    json.insert(QStringLiteral("success"), false);
    sendJson(responder, error.status, json);
}

void ClaudeConfigApi::handleRequest(const HttpRequest &request, HttpResponder *responder, const RequestGuard &guard)
{
    const std::optional<ApiError> refused =
        m_management ? m_management->authorize(request, guard)
                     : std::optional<ApiError>(ApiError(403, QStringLiteral("permission_error"),
                                                        tr("The Claude Code configuration is not available.")));
    if (refused) {
        qCWarning(lcClaude).noquote() << "refused" << request.method << QString::fromUtf8(request.path);
        sendError(responder, *refused);
        return;
    }
    const QByteArray &path = request.path;
    const QByteArray &method = request.method;
    const bool known = path == "/claude/config" || path == "/claude/config/proxy" || path == "/claude/config/direct";
    if (!known) {
        sendError(responder, ApiError(404, QStringLiteral("not_found_error"),
                                      tr("No route for %1 %2.").arg(QString::fromLatin1(method), QString::fromUtf8(path))));
        return;
    }
    const bool wantsGet = path == "/claude/config";
    if (wantsGet ? (method != "GET" && method != "HEAD") : method != "POST") {
        sendError(responder, ApiError(405, QStringLiteral("invalid_request_error"),
                                      tr("Method %1 is not allowed on %2.")
                                          .arg(QString::fromLatin1(method), QString::fromUtf8(path))));
        return;
    }
    if (wantsGet) {
        const ClaudeSettingsEditor editor(m_configDir);
        QJsonObject json = statusJson(editor);
        json.insert(QStringLiteral("success"), true);
        sendJson(responder, 200, json);
        return;
    }
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (!doc.isObject()) {
            sendError(responder, ApiError(400, tr("The request body must be a JSON object (%1).")
                                                   .arg(parseError.error == QJsonParseError::NoError
                                                            ? tr("not an object")
                                                            : parseError.errorString())));
            return;
        }
        body = doc.object();
    }
    configure(responder, path == "/claude/config/proxy", body);
}

QJsonObject ClaudeConfigApi::statusJson(const ClaudeSettingsEditor &editor) const
{
    const ClaudeSettingsEditor::Target wanted = target();
    const ClaudeSettingsEditor::Status status = editor.status(wanted);
    QJsonObject env;
    for (auto it = status.values.cbegin(); it != status.values.cend(); ++it)
        env.insert(it.key(), it.value()); // the auth token is masked by status()
    QJsonObject json{{QStringLiteral("state"), ClaudeSettingsEditor::stateName(status.state)},
                     {QStringLiteral("configured"), status.pointsAtProxy()},
                     {QStringLiteral("path"), status.filePath},
                     {QStringLiteral("exists"), status.exists},
                     {QStringLiteral("proxyUrl"), wanted.baseUrl},
                     {QStringLiteral("restoreSaved"), status.restoreSaved},
                     {QStringLiteral("config"), QJsonObject{{QStringLiteral("env"), env}}}};
    if (!status.error.isEmpty())
        json.insert(QStringLiteral("message"), status.error);
    return json;
}

void ClaudeConfigApi::configure(HttpResponder *responder, bool on, const QJsonObject &body)
{
    ClaudeSettingsEditor editor(m_configDir);
    const ClaudeSettingsEditor::Target wanted = target();
    if (!(on ? editor.enable(wanted) : editor.disable(wanted))) {
        int status = 500;
        QString type = QStringLiteral("api_error");
        if (editor.error() == ClaudeSettingsEditor::Error::InvalidFile
            || editor.error() == ClaudeSettingsEditor::Error::ConcurrentEdit) {
            status = 409;
            type = QStringLiteral("invalid_request_error");
        }
        sendError(responder, ApiError(status, type, editor.errorString()));
        return;
    }
    QStringList notes = editor.notes();
    if (!on && body.contains(QLatin1String("apiKey")))
        notes << tr("apiKey was not written: Codex Bridge keeps API keys out of files. Set ANTHROPIC_API_KEY in "
                    "your environment to use the Anthropic API directly.");
    QJsonObject json = statusJson(editor);
    json.insert(QStringLiteral("success"), true);
    json.insert(QStringLiteral("message"), on ? tr("Claude CLI configured to use proxy at %1").arg(wanted.baseUrl)
                                              : tr("Claude CLI configured for direct API; previous settings restored"));
    json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    sendJson(responder, 200, json);
}
