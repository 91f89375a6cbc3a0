#pragma once

#include "providers/provider.h"
#include "providers/providerrequest.h"
#include "upstream/upstreamfailure.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QNetworkAccessManager;

// The proxy's connection to OpenAI-compatible providers. Lives on the proxy thread (its QNetworkAccessManager
// belongs to the thread that created it) and keeps connections alive across requests.
class ProviderClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderClient)

public:
    explicit ProviderClient(QObject *parent = nullptr);
    ~ProviderClient() override;

    // A new, not yet started, request owned by `owner`.
    ProviderRequest *createRequest(const Provider &provider, const QByteArray &apiKey, const QByteArray &body,
                                   ProviderRequest::Mode mode, QObject *owner);

    using ModelsCallback = std::function<void(const QStringList &models, const std::optional<UpstreamFailure> &failure)>;
    // GET {baseUrl}/models; the ids of `data[]` (OpenAI shape) or `models[]` (Ollama's /api/tags shape).
    void fetchModels(const Provider &provider, const QByteArray &apiKey, ModelsCallback callback);

private:
    QNetworkAccessManager *m_network;
};
