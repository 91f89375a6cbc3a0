#pragma once

#include "providers/providerrouting.h"
#include "server/requestrecord.h"
#include "upstream/upstreamfailure.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class HttpRequest;
class HttpResponder;
class ProviderClient;
class ProviderStore;

// ApiRouter's door to the providers. route() takes a client request whose model the routing sends to a provider
// and carries it there (ProviderExchange); usageLimitFallback() gives ProxyExchange a way to hand a request over
// to the fallback provider when the subscription answers 429 usage_limit_reached. With no provider configured
// both do nothing, so the proxy behaves exactly as without this feature. Lives on the proxy thread.
class ProviderRouter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderRouter)

public:
    // Takes the client's responder when it starts an exchange; false: it declined and did nothing.
    using Fallback = std::function<bool(HttpResponder *responder)>;

    ProviderRouter(ProviderStore *store, ProviderClient *client, QObject *parent = nullptr);

    // True when the request went to a provider (or was answered with an error); false: not ours, nothing sent.
    bool route(const HttpRequest &request, HttpResponder *responder, bool openAiClient, const QJsonObject &body);
    // Empty when no fallback provider is configured.
    Fallback usageLimitFallback(const HttpRequest &request, bool openAiClient, const QJsonObject &body);

    // Provider models offered to clients by GET /v1/models, as "<provider id>/<model>".
    QStringList advertisedModels() const;
    // Adds advertisedModels() to a GET /v1/models reply of either shape.
    void appendModels(QJsonObject &list, bool openAiShape) const;
    int inFlight() const { return m_inFlight; }
    // Ends every provider request in flight (the proxy is quitting); see ProviderExchange::shutdown.
    void shutdownExchanges(const UpstreamFailure &failure);

Q_SIGNALS:
    void requestFinished(const RequestRecord &record);

private:
    struct Call
    {
        QByteArray method;
        QByteArray path;
        bool openAiClient = false;
        QJsonObject body;
    };
    void startExchange(const Call &call, const ProviderRouting::Target &target, HttpResponder *responder);

    ProviderStore *m_store;
    ProviderClient *m_client;
    int m_inFlight = 0;
};
