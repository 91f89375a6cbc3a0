#pragma once

#include "auth/oauthconfig.h"
#include "auth/oauthtokenresponse.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// The HTTP side of POST <issuer>/oauth/token (codex-protocol.md section 7), for both grants:
//   exchangeCode(): form-encoded grant_type=authorization_code, code, redirect_uri, client_id, code_verifier
//   refresh():      JSON {"client_id","grant_type":"refresh_token","refresh_token"}
// Asynchronous: `done` is called exactly once, on this object's thread, unless abortAll() ran or this object was
// destroyed first (then never). No retry and no single-flight here: the caller decides (refresh tokens are
// single-use, so only the owner of an account's refresh may call refresh()).
// Must be used from the thread it lives on; the QNetworkAccessManager too.
class OAuthTokenClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthTokenClient)

public:
    using Callback = std::function<void(const OAuthTokenResponse &response)>;

    // `network` may be null: the client then creates its own QNetworkAccessManager (child of this object).
    explicit OAuthTokenClient(const OAuthConfig &config, QNetworkAccessManager *network = nullptr,
                              QObject *parent = nullptr);
    ~OAuthTokenClient() override;

    const OAuthConfig &config() const { return m_config; }
    // Transfer timeout per request (default 30 s); a timeout is reported as ErrorKind::Transient.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void exchangeCode(const QString &code, const QString &redirectUri, const QByteArray &codeVerifier,
                      Callback done);
    void refresh(const QString &refreshToken, Callback done);
    // Aborts every request in flight; their callbacks are not called.
    void abortAll();
    int pendingCount() const { return int(m_pending.size()); }

private:
    void post(const QByteArray &contentType, const QByteArray &body, OAuthTokenResponse::Grant grant,
              Callback done);

    OAuthConfig m_config;
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{30000};
    QList<QPointer<QNetworkReply>> m_pending;
};
