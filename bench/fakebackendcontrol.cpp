#include "fakebackendcontrol.h"

#include "benchrequests.h"

#include <QJsonDocument>
#include <QJsonObject>

FakeBackendControl::FakeBackendControl(const QString &host, quint16 port)
    : m_client(host, port)
{
}

bool FakeBackendControl::post(const QByteArray &route, const QByteArray &body, QString *error)
{
    HttpBenchClient::Request request;
    request.path = "/__control/" + route;
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body;
    const HttpBenchClient::Result result = m_client.sendAndWait(request);
    if (result.ok())
        return true;
    *error = QStringLiteral("fake backend control %1 failed: %2 %3").arg(QString::fromLatin1(route)).arg(result.status).arg(result.error);
    return false;
}

bool FakeBackendControl::reset(QString *error)
{
    return post("reset", "{}", error);
}

bool FakeBackendControl::setRules(const QJsonArray &rules, QString *error)
{
    return post("rules", QJsonDocument(rules).toJson(QJsonDocument::Compact), error);
}

bool FakeBackendControl::lastUpstreamRequest(HttpBenchClient::Request *request, QString *error)
{
    HttpBenchClient::Request get;
    get.method = QByteArrayLiteral("GET");
    get.path = QByteArrayLiteral("/__control/requests");
    const HttpBenchClient::Result result = m_client.sendAndWait(get);
    if (!result.ok()) {
        *error = QStringLiteral("cannot read the fake backend's request log: %1 %2").arg(result.status).arg(result.error);
        return false;
    }
    const QJsonArray records = QJsonDocument::fromJson(result.body).array();
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        const QJsonObject record = records.at(i).toObject();
        if (record.value(QLatin1String("path")).toString() != QLatin1String("/backend-api/codex/responses"))
            continue;
        if (record.contains(QLatin1String("violation"))) {
            *error = QStringLiteral("the fake backend rejected the proxy's request: %1").arg(record.value(QLatin1String("violation")).toString());
            return false;
        }
        HttpBenchClient::Request direct;
        direct.path = QByteArrayLiteral("/backend-api/codex/responses");
        const QJsonObject headers = record.value(QLatin1String("headers")).toObject();
        // Framing headers are the client's own; the body is sent uncompressed.
        static const QStringList skipped{QStringLiteral("host"), QStringLiteral("content-length"), QStringLiteral("connection"),
                                         QStringLiteral("content-encoding"), QStringLiteral("transfer-encoding")};
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (!skipped.contains(it.key()))
                direct.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
        }
        direct.body = QJsonDocument(record.value(QLatin1String("body")).toObject()).toJson(QJsonDocument::Compact);
        direct.contentMarker = BenchRequests::DirectTextMarker;
        *request = direct;
        return true;
    }
    *error = QStringLiteral("the fake backend saw no /responses request from the proxy");
    return false;
}
