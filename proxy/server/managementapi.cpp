#include "managementapi.h"

#include "auth/accountstore.h"
#include "auth/accountsignin.h"
#include "core/loggingcategories.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "quota/quotatracker.h"
#include "server/requestguard.h"
#include "usage/usagestats.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUrl>

namespace {
constexpr qsizetype KeyBytes = 32;

QString isoOrNull(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

ManagementApi::ManagementApi(AccountStore *accounts, QuotaTracker *quota, UsageStats *usage,
                             QByteArray managementKey, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_quota(quota)
    , m_usage(usage)
    , m_key(std::move(managementKey))
    , m_signIn(new AccountSignIn(accounts, this))
{
}

QByteArray ManagementApi::loadOrCreateKey(const QString &configDir, QString *error)
{
    const QString path = QDir(configDir).filePath(keyFileName());
    QFile existing(path);
    if (existing.exists()) {
        if (existing.open(QIODevice::ReadOnly)) {
            const QByteArray key = existing.readAll().trimmed();
            if (key.size() >= 32)
                return key;
        }
        // Unreadable or truncated: replace it below (it guards nothing but these routes).
        qCWarning(lcProxy).noquote() << "management key file" << path << "is not usable; creating a new one";
    }
    QByteArray random(KeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
                                         reinterpret_cast<quint32 *>(random.data() + random.size()));
    const QByteArray key = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QDir().mkpath(configDir);
    QSaveFile file(path);
    // Owner-only before any byte is written: the key is as good as the accounts it can switch.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(key) != key.size()
        || !file.commit()) {
        if (error)
            *error = tr("Cannot write the management key %1: %2").arg(path, file.errorString());
        return {};
    }
    return key;
}

bool ManagementApi::handlesPath(const QByteArray &path)
{
    return path == "/accounts" || path.startsWith("/accounts/") || path == "/auth/callback";
}

std::optional<ApiError> ManagementApi::authorize(const HttpRequest &request, const RequestGuard &guard) const
{
    const QByteArray presented = request.header(KeyHeader);
    if (!presented.isEmpty()) {
        if (!m_key.isEmpty() && RequestGuard::constantTimeEquals(presented, m_key))
            return std::nullopt;
        return ApiError(403, QStringLiteral("permission_error"), tr("The management key is wrong."));
    }
    const QByteArray origin = request.header("origin");
    const bool sameOrigin = request.header("sec-fetch-site") == "same-origin";
    if (!origin.isEmpty() && guard.isOwnOrigin(origin) && sameOrigin)
        return std::nullopt;
    const bool safeMethod = request.method == "GET" || request.method == "HEAD";
    if (origin.isEmpty() && safeMethod && sameOrigin && RequestGuard::isLoopbackHostHeader(request.header("host")))
        return std::nullopt;
    return ApiError(403, QStringLiteral("permission_error"),
                    tr("Account management needs the management key (header X-Codex-Bridge-Key, from %1 in the "
                       "config dir) or a request from the Codex Bridge dashboard.")
                        .arg(keyFileName()));
}

void ManagementApi::sendJson(HttpResponder *responder, int status, const QJsonObject &json)
{
    responder->send(status, QByteArrayLiteral("application/json"), QJsonDocument(json).toJson(QJsonDocument::Compact),
                    {{QByteArrayLiteral("cache-control"), QByteArrayLiteral("no-store")}});
}

void ManagementApi::sendError(HttpResponder *responder, const ApiError &error)
{
    QJsonObject json = QJsonDocument::fromJson(error.toJson(ApiError::Flavor::Anthropic)).object();
    json.insert(QStringLiteral("success"), false);
    sendJson(responder, error.status, json);
}

void ManagementApi::handleRequest(const HttpRequest &request, HttpResponder *responder, const RequestGuard &guard)
{
    if (const std::optional<ApiError> refused = authorize(request, guard)) {
        qCWarning(lcProxy).noquote() << "refused management request" << request.method
                                     << QString::fromUtf8(request.path);
        sendError(responder, *refused);
        return;
    }
    const QByteArray &path = request.path;
    const QByteArray &method = request.method;
    const bool get = method == "GET" || method == "HEAD";
    const auto methodNotAllowed = [&] {
        sendError(responder, ApiError(405, QStringLiteral("invalid_request_error"),
                                      tr("Method %1 is not allowed on %2.")
                                          .arg(QString::fromLatin1(method), QString::fromUtf8(path))));
    };
    if (path == "/accounts" || path == "/accounts/list") {
        get ? listAccounts(responder) : methodNotAllowed();
    } else if (path == "/accounts/status") {
        get ? accountStatus(responder) : methodNotAllowed();
    } else if (path == "/accounts/add") {
        method == "POST" ? addAccount(responder) : methodNotAllowed();
    } else if (path == "/accounts/switch") {
        method == "POST" ? switchAccount(request, responder) : methodNotAllowed();
    } else if (path == "/accounts/quota") {
        get ? activeQuota(request, responder) : methodNotAllowed();
    } else if (path == "/accounts/quota/all") {
        get ? allQuotas(request, responder) : methodNotAllowed();
    } else if (path == "/accounts/usage") {
        get ? usage(request, responder) : methodNotAllowed();
    } else if (path == "/auth/callback") {
        // The browser sign-in listens on its own port (1455/1457), never on the proxy's.
        sendError(responder, ApiError(404, QStringLiteral("not_found_error"),
                                      tr("Sign-in callbacks are not taken on this port.")));
    } else if (path.startsWith("/accounts/") && path.count('/') == 2 && method == "DELETE") {
        removeAccount(QString::fromUtf8(path.mid(int(sizeof("/accounts/")) - 1)), responder);
    } else {
        sendError(responder, ApiError(404, QStringLiteral("not_found_error"),
                                      tr("No route for %1 %2.").arg(QString::fromLatin1(method), QString::fromUtf8(path))));
    }
}

QJsonValue ManagementApi::quotaJson(const QString &email) const
{
    const std::optional<QuotaSnapshot> snapshot = m_quota ? m_quota->snapshot(email) : std::nullopt;
    return snapshot ? QJsonValue(snapshot->toJson()) : QJsonValue(QJsonValue::Null);
}

QJsonObject ManagementApi::accountJson(const QString &email) const
{
    const std::optional<Account> account = m_accounts->account(email);
    if (!account)
        return {};
    const std::optional<Account> active = m_accounts->activeAccount();
    // Metadata only: Account holds no secret, and tokens are never read here.
    return QJsonObject{
        {QStringLiteral("email"), account->email},
        {QStringLiteral("accountId"), account->accountId},
        {QStringLiteral("planType"), account->planType},
        {QStringLiteral("status"), Account::statusToString(account->status)},
        {QStringLiteral("active"), active && active->key() == account->key()},
        {QStringLiteral("addedAt"), isoOrNull(account->addedAt)},
        {QStringLiteral("lastUsedAt"), isoOrNull(account->lastUsedAt)},
        {QStringLiteral("quota"), quotaJson(account->email)},
    };
}

void ManagementApi::listAccounts(HttpResponder *responder)
{
    QJsonArray list;
    const QList<Account> accounts = m_accounts->accounts();
    for (const Account &account : accounts)
        list.append(accountJson(account.key()));
    const std::optional<Account> active = m_accounts->activeAccount();
    sendJson(responder, 200, QJsonObject{{QStringLiteral("success"), true},
                                         {QStringLiteral("total"), int(accounts.size())},
                                         {QStringLiteral("active"), active ? QJsonValue(active->email)
                                                                           : QJsonValue(QJsonValue::Null)},
                                         {QStringLiteral("accounts"), list}});
}

void ManagementApi::accountStatus(HttpResponder *responder)
{
    const QList<Account> accounts = m_accounts->accounts();
    int usable = 0;
    int signInNeeded = 0;
    int disabled = 0;
    for (const Account &account : accounts) {
        switch (account.status) {
        case Account::Status::Active: ++usable; break;
        case Account::Status::SignInNeeded: ++signInNeeded; break;
        case Account::Status::Disabled: ++disabled; break;
        }
    }
    const std::optional<Account> active = m_accounts->activeAccount();
    QJsonObject json{{QStringLiteral("success"), true},
                     {QStringLiteral("total"), int(accounts.size())},
                     {QStringLiteral("usable"), usable},
                     {QStringLiteral("signInNeeded"), signInNeeded},
                     {QStringLiteral("disabled"), disabled},
                     {QStringLiteral("active"), active ? QJsonValue(active->email) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("readOnly"), m_accounts->isReadOnly()}};
    if (active)
        json.insert(QStringLiteral("activeAccount"), accountJson(active->key()));
    sendJson(responder, 200, json);
}

void ManagementApi::addAccount(HttpResponder *responder)
{
    if (!m_signIn->start()) {
        sendError(responder, ApiError(503, QStringLiteral("api_error"),
                                      tr("Cannot start the sign-in: %1").arg(m_signIn->errorString())));
        return;
    }
    sendJson(responder, 200, QJsonObject{{QStringLiteral("success"), true},
                                         {QStringLiteral("status"), QStringLiteral("oauth_url")},
                                         {QStringLiteral("oauth_url"), m_signIn->authorizeUrl().toString(QUrl::FullyEncoded)},
                                         {QStringLiteral("callback_port"), m_signIn->callbackPort()}});
}

void ManagementApi::switchAccount(const HttpRequest &request, HttpResponder *responder)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    const QJsonObject body = doc.object();
    QString target = body.value(QLatin1String("email")).toString();
    if (target.isEmpty())
        target = body.value(QLatin1String("accountId")).toString();
    if (target.isEmpty()) {
        sendError(responder, ApiError(400, tr("Send {\"email\": \"...\"} to choose the account.")));
        return;
    }
    if (!m_accounts->account(target)) {
        sendError(responder, ApiError(404, QStringLiteral("not_found_error"), tr("No account %1.").arg(target)));
        return;
    }
    if (!m_accounts->setActive(target)) {
        sendError(responder, ApiError(500, QStringLiteral("api_error"), m_accounts->errorString()));
        return;
    }
    const QString email = m_accounts->activeAccount() ? m_accounts->activeAccount()->email : target;
    qCInfo(lcAuth).noquote() << "active account switched to" << email;
    if (m_quota)
        m_quota->refresh(email, {});
    sendJson(responder, 200, QJsonObject{{QStringLiteral("success"), true},
                                         {QStringLiteral("message"), tr("Switched to account: %1").arg(email)},
                                         {QStringLiteral("active"), email}});
}

void ManagementApi::removeAccount(const QString &emailOrId, HttpResponder *responder)
{
    const QString &target = emailOrId; // HttpRequest::path is already percent-decoded
    if (target.isEmpty() || !m_accounts->account(target)) {
        sendError(responder, ApiError(404, QStringLiteral("not_found_error"), tr("No account %1.").arg(target)));
        return;
    }
    if (!m_accounts->remove(target)) {
        sendError(responder, ApiError(500, QStringLiteral("api_error"), m_accounts->errorString()));
        return;
    }
    qCInfo(lcAuth).noquote() << "account removed:" << target;
    const std::optional<Account> active = m_accounts->activeAccount();
    sendJson(responder, 200, QJsonObject{{QStringLiteral("success"), true},
                                         {QStringLiteral("message"), tr("Removed account: %1").arg(target)},
                                         {QStringLiteral("active"), active ? QJsonValue(active->email)
                                                                           : QJsonValue(QJsonValue::Null)}});
}

void ManagementApi::activeQuota(const HttpRequest &request, HttpResponder *responder)
{
    const std::optional<Account> active = m_accounts->activeAccount();
    if (!active) {
        sendError(responder, ApiError(404, QStringLiteral("not_found_error"), tr("There is no active account.")));
        return;
    }
    if (!m_quota) {
        sendError(responder, ApiError(503, QStringLiteral("api_error"), tr("Quota tracking is not running.")));
        return;
    }
    const bool force = request.queryItem(QStringLiteral("refresh")) == QLatin1String("1");
    QPointer<HttpResponder> guarded(responder);
    const QString email = active->email;
    m_quota->refresh(email, [this, guarded, email] {
        if (!guarded)
            return;
        sendJson(guarded, 200, QJsonObject{{QStringLiteral("success"), true},
                                           {QStringLiteral("email"), email},
                                           {QStringLiteral("quota"), quotaJson(email)}});
    }, force);
}

void ManagementApi::allQuotas(const HttpRequest &request, HttpResponder *responder)
{
    if (!m_quota) {
        sendError(responder, ApiError(503, QStringLiteral("api_error"), tr("Quota tracking is not running.")));
        return;
    }
    const bool force = request.queryItem(QStringLiteral("refresh")) == QLatin1String("1");
    QPointer<HttpResponder> guarded(responder);
    m_quota->refreshAll([this, guarded] {
        if (!guarded)
            return;
        QJsonArray list;
        QJsonObject byEmail;
        const QList<Account> accounts = m_accounts->accounts();
        for (const Account &account : accounts) {
            list.append(QJsonObject{{QStringLiteral("email"), account.email},
                                    {QStringLiteral("quota"), quotaJson(account.email)}});
            byEmail.insert(account.email, quotaJson(account.email));
        }
        const std::optional<Account> active = m_accounts->activeAccount();
        sendJson(guarded, 200, QJsonObject{{QStringLiteral("success"), true},
                                           {QStringLiteral("active"), active ? QJsonValue(active->email)
                                                                             : QJsonValue(QJsonValue::Null)},
                                           {QStringLiteral("accounts"), list},
                                           {QStringLiteral("quotas"), byEmail}});
    }, force);
}

void ManagementApi::usage(const HttpRequest &request, HttpResponder *responder)
{
    if (!m_usage) {
        sendError(responder, ApiError(503, QStringLiteral("api_error"), tr("Usage statistics are not running.")));
        return;
    }
    const int days = qBound(0, request.queryItem(QStringLiteral("days")).toInt(), 3660);
    QJsonObject json = m_usage->toJson(days);
    json.insert(QStringLiteral("success"), true);
    sendJson(responder, 200, json);
}
