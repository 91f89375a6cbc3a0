#pragma once
// A dashboard behind a real HttpServer + ApiRouter on loopback (no worker thread): what tst_settingsapi and
// tst_dashboardroutes talk to over real HTTP.
#include "auth/accountstore.h"
#include "auth/filesecretstore.h"
#include "dashboard/dashboardroutes.h"
#include "dashboard/settingsapi.h"
#include "http/httpserver.h"
#include "server/apirouter.h"
#include "server/managementapi.h"
#include "upstream/upstreamclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
};

class DashboardServer
{
public:
    QTemporaryDir dir;
    ProxySettings settings;       // what the apply hook has taken
    QString applyError;           // when set, the apply hook fails with it
    int applyCalls = 0;
    std::unique_ptr<AccountStore> accounts;
    std::unique_ptr<UpstreamClient> upstream;
    std::unique_ptr<ManagementApi> management;
    std::unique_ptr<ApiRouter> router;
    std::unique_ptr<DashboardRoutes> dashboard;
    std::unique_ptr<HttpServer> server;
    QByteArray key;
    QNetworkAccessManager network;

    bool start()
    {
        if (!dir.isValid())
            return false;
        accounts = std::make_unique<AccountStore>(
            dir.path(), std::make_unique<FileSecretStore>(dir.filePath(QStringLiteral("secrets.json"))));
        key = ManagementApi::loadOrCreateKey(dir.path());
        UpstreamConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/backend-api/codex")); // never reached
        upstream = std::make_unique<UpstreamClient>(config);
        management = std::make_unique<ManagementApi>(accounts.get(), nullptr, nullptr, key);
        settings.port = 0;
        router = std::make_unique<ApiRouter>(settings, accounts.get(), upstream.get());
        router->setManagementApi(management.get());
        SettingsApi::Hooks hooks;
        hooks.current = [this] {
            ProxySettings current = settings;
            current.port = server->serverPort();
            return current;
        };
        hooks.apply = [this](const ProxySettings &next, QString *error) {
            ++applyCalls;
            if (!applyError.isEmpty()) {
                *error = applyError;
                return false;
            }
            settings = next;
            router->applySettings(next);
            return true;
        };
        hooks.url = [this] { return QStringLiteral("http://127.0.0.1:%1").arg(server->serverPort()); };
        dashboard = std::make_unique<DashboardRoutes>(management.get(), new SettingsApi(dir.path(), hooks));
        router->setDashboardRoutes(dashboard.get());
        server = std::make_unique<HttpServer>(router.get());
        if (!server->listen(QHostAddress::LocalHost, 0))
            return false;
        router->setListeningPort(server->serverPort());
        return true;
    }

    void stop()
    {
        server.reset();
        dashboard.reset();
        router.reset();
    }

    QByteArray origin() const { return "http://127.0.0.1:" + QByteArray::number(server->serverPort()); }
    // What a browser sends with the page's own fetch(): Origin only on POST/DELETE.
    QList<QPair<QByteArray, QByteArray>> pageHeaders(const QByteArray &method) const
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Sec-Fetch-Site", "same-origin"}};
        if (method != "GET" && method != "HEAD")
            headers.append({"Origin", origin()});
        return headers;
    }

    HttpResult request(const QByteArray &method, const QString &path,
                       const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body = {})
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server->serverPort()).arg(path)));
        for (const auto &[name, value] : headers)
            req.setRawHeader(name, value);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        // A custom "HEAD" would wait for the announced body.
        QNetworkReply *reply = method == "HEAD" ? network.head(req) : network.sendCustomRequest(req, method, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qWarning("request timed out");
        HttpResult result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                          reply->rawHeaderPairs()};
        reply->deleteLater();
        return result;
    }
    HttpResult withKey(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return request(method, path, {{"X-Codex-Bridge-Key", key}}, body);
    }
    HttpResult fromPage(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return request(method, path, pageHeaders(method), body);
    }
};
