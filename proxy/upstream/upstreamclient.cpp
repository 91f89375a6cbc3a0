#include "upstreamclient.h"

#include "core/loggingcategories.h"
#include "upstream/upstreamrequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

UpstreamClient::UpstreamClient(const UpstreamConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(new QNetworkAccessManager(this))
{
    // The proxy decides about retries itself; no cache, no cookies.
    m_network->setCookieJar(nullptr);
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

UpstreamClient::~UpstreamClient() = default;

UpstreamRequest *UpstreamClient::createResponsesRequest(const UpstreamCredentials &credentials,
                                                        const QString &sessionId, const QByteArray &body,
                                                        QObject *owner)
{
    return new UpstreamRequest(m_network, m_config, credentials, sessionId, body, owner);
}

void UpstreamClient::fetchModels(const UpstreamCredentials &credentials, JsonCallback callback)
{
    getJson(m_config.modelsUrl(), credentials, std::move(callback));
}

void UpstreamClient::fetchUsage(const UpstreamCredentials &credentials, JsonCallback callback)
{
    getJson(m_config.usageUrl(), credentials, std::move(callback));
}

void UpstreamClient::getJson(const QUrl &url, const UpstreamCredentials &credentials, JsonCallback callback)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + credentials.accessToken.toUtf8());
    if (!credentials.chatgptAccountId.isEmpty())
        request.setRawHeader("ChatGPT-Account-Id", credentials.chatgptAccountId.toUtf8());
    request.setRawHeader("originator", UpstreamConfig::Originator);
    request.setRawHeader("User-Agent", UpstreamConfig::userAgent());
    request.setTransferTimeout(m_config.connectTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, callback = std::move(callback)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            const UpstreamFailure failure = UpstreamFailure::network(reply->errorString());
            callback({}, &failure);
        } else if (status < 200 || status >= 300) {
            const UpstreamFailure failure = UpstreamFailure::fromBody(body, status);
            callback({}, &failure);
        } else {
            callback(body, nullptr);
        }
    });
}
