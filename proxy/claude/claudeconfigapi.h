#pragma once

#include "claude/claudesettingseditor.h"
#include "core/proxysettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

class ApiError;
class HttpRequest;
class HttpResponder;
class ManagementApi;
class RequestGuard;

// The Claude Code configuration routes (names and reply shapes of the reference program, codex-proxy):
//   GET  /claude/config         -> {"success":true, "state":"on|off|outdated|invalid", "configured", "path",
//                                   "exists", "proxyUrl", "restoreSaved", "config":{"env":{...}}, "message"?}
//   POST /claude/config/proxy   -> "on":  {"success":true, "message":"Claude CLI configured to use proxy at URL",
//                                          "config":{...}, "notes":[...], + the fields above}
//   POST /claude/config/direct  -> "off": the saved values are put back. The reference's {"apiKey"} is not
//                                  written (API keys go nowhere but the keychain); the reply says so in "notes".
// Failures: {"success":false,"type":"error","error":{"type","message"}}; 409 for a settings file that is not
// valid JSON or was changed meanwhile. "config" lists only the managed env entries, the auth token masked: the
// user's file may hold other secrets, and replies never contain the client key.
// They write a file in the user's home, so they are guarded like the account routes (ManagementApi::authorize:
// the management key, or the same-origin dashboard).
class ClaudeConfigApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaudeConfigApi)

public:
    // `management` (not owned) authorizes requests; null refuses them all. `configDir` holds claude-restore.json.
    ClaudeConfigApi(const ProxySettings &settings, QString configDir, const ManagementApi *management,
                    QObject *parent = nullptr);

    static bool handlesPath(const QByteArray &path);
    // The port actually listened on (settings.port may be 0).
    void setListeningPort(quint16 port) { m_listeningPort = port; }
    // Settings changed at run time (host, client key, model mapping): what "on" writes from now on.
    void applySettings(const ProxySettings &settings) { m_settings = settings; }
    // RequestGuard::check() must already have passed.
    void handleRequest(const HttpRequest &request, HttpResponder *responder, const RequestGuard &guard);

private:
    void configure(HttpResponder *responder, bool on, const QJsonObject &body);
    QJsonObject statusJson(const ClaudeSettingsEditor &editor) const;
    ClaudeSettingsEditor::Target target() const;
    static void sendJson(HttpResponder *responder, int status, const QJsonObject &json);
    static void sendError(HttpResponder *responder, const ApiError &error);

    ProxySettings m_settings;
    QString m_configDir;
    const ManagementApi *m_management;
    quint16 m_listeningPort = 0;
};
