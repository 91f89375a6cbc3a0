#pragma once

#include "httpbenchclient.h"

#include <QJsonArray>
#include <QString>

// The fake Codex backend's control API (tests/fakes/fake-codex-backend.mjs, /__control/...) over one connection.
class FakeBackendControl
{
    Q_DISABLE_COPY_MOVE(FakeBackendControl)

public:
    FakeBackendControl(const QString &host, quint16 port);

    bool reset(QString *error);
    bool setRules(const QJsonArray &rules, QString *error);
    // The upstream request the proxy made last (headers including its Bearer token, and body), as the fake
    // recorded it, turned into a request straight to the fake: the baseline the proxy is compared with.
    bool lastUpstreamRequest(HttpBenchClient::Request *request, QString *error);

private:
    bool post(const QByteArray &route, const QByteArray &body, QString *error);

    HttpBenchClient m_client;
};
