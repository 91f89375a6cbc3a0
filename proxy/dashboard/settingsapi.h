#pragma once

#include "core/proxysettings.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class HttpRequest;
class HttpResponder;

// GET /settings and POST /settings for the dashboard (authorised like the management routes by the caller).
//   GET  -> {"success":true,"settings":{host,port,clientKey,modelMapping,rotation,systemAsInstructions},"url"}
//           with the address actually listened on.
//   POST {any of those fields} -> every field is validated first (400 names the field; nothing changes), the
//           result is applied at run time (a new host/port moves the listener; 409 when it cannot listen there,
//           and then nothing changes), then written to settings.json (ProxySettings::save). Fields that were not
//           sent keep their value, in the file as well as in memory, so options given on the command line are
//           not written to the file unless the user changes them here.
class SettingsApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsApi)

public:
    struct Hooks
    {
        // The settings in effect, host and port being the address actually listened on.
        std::function<ProxySettings()> current;
        // Applies `settings` at run time; false and *error when it cannot (nothing was changed then).
        std::function<bool(const ProxySettings &settings, QString *error)> apply;
        // The base URL the proxy is reachable at now ("http://127.0.0.1:8081").
        std::function<QString()> url;
    };

    struct Problem
    {
        QString field;
        QString message;
    };

    SettingsApi(QString configDir, Hooks hooks, QObject *parent = nullptr);

    static bool handlesPath(const QByteArray &path) { return path == "/settings"; }
    void handleRequest(const HttpRequest &request, HttpResponder *responder);

    // Validates `changes` and merges them into `settings`; the first problem found, and `settings` untouched, when
    // any field is unknown or invalid.
    static std::optional<Problem> merge(const QJsonObject &changes, ProxySettings *settings);
    static QJsonObject toJson(const ProxySettings &settings);

private:
    void get(HttpResponder *responder);
    void post(const HttpRequest &request, HttpResponder *responder);
    void sendProblem(HttpResponder *responder, int status, const Problem &problem);

    QString m_configDir;
    Hooks m_hooks;
};
