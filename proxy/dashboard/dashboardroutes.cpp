#include "dashboardroutes.h"

#include "core/loggingcategories.h"
#include "dashboard/dashboardassets.h"
#include "dashboard/requestlog.h"
#include "dashboard/requestlogfeed.h"
#include "dashboard/settingsapi.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "server/managementapi.h"

#include <QJsonArray>

DashboardRoutes::DashboardRoutes(ManagementApi *management, SettingsApi *settings, QObject *parent)
    : QObject(parent)
    , m_management(management)
    , m_settings(settings)
    , m_log(new RequestLog(RequestLog::DefaultCapacity, this))
    , m_feed(new RequestLogFeed(m_log, this))
{
    m_settings->setParent(this);
}

bool DashboardRoutes::handlesPath(const QByteArray &path)
{
    return DashboardAssets::handlesPath(path) || path == "/requests/recent" || path == "/requests/stream"
        || SettingsApi::handlesPath(path);
}

void DashboardRoutes::handleRequest(const HttpRequest &request, HttpResponder *responder, const RequestGuard &guard)
{
    const QByteArray &path = request.path;
    if (DashboardAssets::handlesPath(path)) {
        DashboardAssets::serve(request, responder);
        return;
    }
    if (const std::optional<ApiError> refused = m_management->authorize(request, guard)) {
        qCWarning(lcDashboard).noquote() << "refused dashboard request" << request.method << QString::fromUtf8(path);
        ManagementApi::sendError(responder, *refused);
        return;
    }
    if (SettingsApi::handlesPath(path)) {
        m_settings->handleRequest(request, responder);
        return;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        ManagementApi::sendError(responder, ApiError(405, QStringLiteral("invalid_request_error"),
                                                     tr("Method %1 is not allowed on %2.")
                                                         .arg(QString::fromLatin1(request.method),
                                                              QString::fromUtf8(path))));
        return;
    }
    if (path == "/requests/recent")
        recent(request, responder);
    else
        stream(request, responder);
}

void DashboardRoutes::recent(const HttpRequest &request, HttpResponder *responder)
{
    bool ok = false;
    int limit = request.queryItem(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = DefaultRecentLimit;
    QJsonArray list;
    const QList<RequestLog::Entry> entries = m_log->recent(qMin(limit, m_log->capacity()));
    for (const RequestLog::Entry &entry : entries)
        list.append(RequestLog::toJson(entry));
    ManagementApi::sendJson(responder, 200, QJsonObject{{QStringLiteral("success"), true},
                                                        {QStringLiteral("lastId"), qint64(m_log->lastId())},
                                                        {QStringLiteral("capacity"), m_log->capacity()},
                                                        {QStringLiteral("requests"), list}});
}

void DashboardRoutes::stream(const HttpRequest &request, HttpResponder *responder)
{
    // EventSource sends Last-Event-ID when it reconnects; a page that loaded /requests/recent first passes ?after=.
    QByteArray after = request.header("last-event-id");
    if (after.isEmpty())
        after = request.queryItem(QStringLiteral("after")).toLatin1();
    const quint64 lastEventId = after.toULongLong();
    if (!m_feed->subscribe(responder, lastEventId)) {
        ManagementApi::sendError(responder, ApiError(503, QStringLiteral("overloaded_error"),
                                                     tr("Too many open request-log streams.")));
    }
}
