#include "auth/oauthtokenclient.h"

#include "core/loggingcategories.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <utility>

OAuthTokenClient::OAuthTokenClient(const OAuthConfig &config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

OAuthTokenClient::~OAuthTokenClient()
{
    abortAll();
}

void OAuthTokenClient::exchangeCode(const QString &code, const QString &redirectUri, const QByteArray &codeVerifier,
                                    Callback done)
{
    // Built by hand: QUrlQuery leaves '+' and '/' unencoded, which a form decoder would misread.
    const auto field = [](const char *name, const QString &value) {
        return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
    };
    const QByteArray body = field("grant_type", QStringLiteral("authorization_code")) + '&'
        + field("code", code) + '&' + field("redirect_uri", redirectUri) + '&'
        + field("client_id", m_config.clientId) + '&' + field("code_verifier", QString::fromLatin1(codeVerifier));
    post(QByteArrayLiteral("application/x-www-form-urlencoded"), body, OAuthTokenResponse::Grant::AuthorizationCode,
         std::move(done));
}

void OAuthTokenClient::refresh(const QString &refreshToken, Callback done)
{
    const QJsonObject json{
        {QStringLiteral("client_id"), m_config.clientId},
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), refreshToken},
    };
    post(QByteArrayLiteral("application/json"), QJsonDocument(json).toJson(QJsonDocument::Compact),
         OAuthTokenResponse::Grant::RefreshToken, std::move(done));
}

void OAuthTokenClient::abortAll()
{
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<QNetworkReply> &reply : pending) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void OAuthTokenClient::post(const QByteArray &contentType, const QByteArray &body, OAuthTokenResponse::Grant grant,
                            Callback done)
{
    QNetworkRequest request(m_config.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, body);
    m_pending.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, grant, done = std::move(done)] {
        m_pending.removeAll(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // An HTTP error status also sets reply->error(); only a reply without any status is a transport failure.
        const QString networkError = status == 0 ? reply->errorString() : QString();
        const OAuthTokenResponse response =
            OAuthTokenResponse::fromHttpReply(grant, status, status == 0 ? QByteArray() : reply->readAll(),
                                              networkError);
        if (!response.ok())
            qCWarning(lcAuth).noquote() << "token request failed:" << response.message;
        if (done)
            done(response);
    });
}
