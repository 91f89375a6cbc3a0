#include "providerclient.h"

#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {
constexpr int ModelsTimeoutMs = 15'000;
constexpr qint64 MaxModelsBytes = 8 * 1024 * 1024;
} // namespace

ProviderClient::ProviderClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ProviderClient::~ProviderClient() = default;

ProviderRequest *ProviderClient::createRequest(const Provider &provider, const QByteArray &apiKey,
                                               const QByteArray &body, ProviderRequest::Mode mode, QObject *owner)
{
    return new ProviderRequest(m_network, provider, apiKey, body, mode, ProviderRequest::DefaultTimeouts, owner);
}

void ProviderClient::fetchModels(const Provider &provider, const QByteArray &apiKey, ModelsCallback callback)
{
    QNetworkRequest request(provider.modelsUrl());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "codex-bridge/" CODEXBRIDGE_VERSION);
    for (const auto &[name, value] : provider.headers)
        request.setRawHeader(name, value);
    if (!apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + apiKey);
    request.setTransferTimeout(ModelsTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, callback = std::move(callback)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(MaxModelsBytes);
        if (status == 0) {
            callback({}, UpstreamFailure::network(reply->errorString()));
            return;
        }
        if (status < 200 || status >= 300) {
            UpstreamFailure failure = UpstreamFailure::fromBody(body, status);
            if (failure.message.isEmpty())
                failure.message = QStringLiteral("HTTP %1").arg(status);
            callback({}, failure);
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QJsonArray list = json.value(QLatin1String("data")).toArray();
        if (list.isEmpty())
            list = json.value(QLatin1String("models")).toArray();
        QStringList models;
        for (const QJsonValue &value : std::as_const(list)) {
            const QJsonObject model = value.toObject();
            QString id = model.value(QLatin1String("id")).toString();
            if (id.isEmpty())
                id = model.value(QLatin1String("name")).toString();
            if (!id.isEmpty() && !models.contains(id))
                models << id;
        }
        if (models.isEmpty() && !json.value(QLatin1String("data")).isArray()) {
            UpstreamFailure failure = UpstreamFailure::network(
                QCoreApplication::translate("ProviderClient", "the model list is not in the OpenAI format"));
            failure.code = QStringLiteral("invalid_reply");
            callback({}, failure);
            return;
        }
        callback(models, std::nullopt);
    });
}
