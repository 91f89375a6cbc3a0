#pragma once

#include "core/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class AccountStore;
class HttpRequest;
class AccountSignIn;
class HttpResponder;
class QuotaTracker;
class RequestGuard;
class UsageStats;

// The account-management routes (compatible with the reference program's names and reply shapes):
//   GET /accounts, GET /accounts/status, POST /accounts/add, POST /accounts/switch {"email"},
//   DELETE /accounts/{email}, GET /accounts/quota, GET /accounts/quota/all, GET /accounts/usage[?days=N],
//   GET /auth/callback (always 404: the sign-in listens on its own callback port, 1455/1457).
// POST /accounts/add starts an OAuthLoginFlow and answers {"status":"oauth_url","oauth_url","callback_port"};
// a later sign-in replaces one still running; a successful one is stored (AccountSignIn).
// They change which account pays for every request, so only this machine's own UI and CLI may use them: the
// request must carry the per-install management key (header X-Codex-Bridge-Key; the key lives in
// management.key in the config dir, 0600), or come from the dashboard served by this proxy (Origin equal to
// our own origin AND Sec-Fetch-Site: same-origin, which page scripts cannot forge). Browsers send no Origin on a
// same-origin GET (fetch, EventSource), so a GET/HEAD without Origin passes with Sec-Fetch-Site: same-origin and
// a loopback Host (a DNS-rebinding page is "same-origin" too, but under its own host name). Everything else
// gets 403.
// No reply ever contains a token.
class ManagementApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagementApi)

public:
    static constexpr auto KeyHeader = "x-codex-bridge-key";
    static QString keyFileName() { return QStringLiteral("management.key"); }

    // `quota` and `usage` may be null (their routes then answer 503).
    ManagementApi(AccountStore *accounts, QuotaTracker *quota, UsageStats *usage, QByteArray managementKey,
                  QObject *parent = nullptr);

    // Reads management.key from `configDir`, creating it (32 random bytes, base64url, mode 0600) when missing.
    // Empty and *error on failure; the routes then accept only same-origin dashboard requests.
    static QByteArray loadOrCreateKey(const QString &configDir, QString *error = nullptr);

    // The sign-in POST /accounts/add starts; the tray starts its own through the same object.
    AccountSignIn *signIn() const { return m_signIn; }

    static bool handlesPath(const QByteArray &path);
    // Answers one request whose path handlesPath(). `guard` knows our own origin. RequestGuard::check() must
    // already have passed.
    void handleRequest(const HttpRequest &request, HttpResponder *responder, const RequestGuard &guard);

    // nullopt when the request may use the management routes, else a 403.
    std::optional<ApiError> authorize(const HttpRequest &request, const RequestGuard &guard) const;

    // Replies in these routes' shape (also used by the dashboard's routes): JSON, never cached; errors are
    // Anthropic-style with "success": false.
    static void sendJson(HttpResponder *responder, int status, const QJsonObject &json);
    static void sendError(HttpResponder *responder, const ApiError &error);

private:
    void listAccounts(HttpResponder *responder);
    void accountStatus(HttpResponder *responder);
    void addAccount(HttpResponder *responder);
    void switchAccount(const HttpRequest &request, HttpResponder *responder);
    void removeAccount(const QString &emailOrId, HttpResponder *responder);
    void activeQuota(const HttpRequest &request, HttpResponder *responder);
    void allQuotas(const HttpRequest &request, HttpResponder *responder);
    void usage(const HttpRequest &request, HttpResponder *responder);

    QJsonObject accountJson(const QString &email) const;
    QJsonValue quotaJson(const QString &email) const;
    AccountStore *m_accounts;
    QuotaTracker *m_quota;
    UsageStats *m_usage;
    QByteArray m_key;
    AccountSignIn *m_signIn; // shared with the tray: one sign-in at a time
};
