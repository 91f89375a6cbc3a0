#include "codexauthimporter.h"

#include "auth/jwtclaims.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CodexAuthImporter", text);
}

QString stringField(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().trimmed() : QString();
}

} // namespace

QString CodexAuthImporter::defaultAuthFilePath()
{
    QString codexHome = qEnvironmentVariable("CODEX_HOME");
    if (codexHome.isEmpty())
        codexHome = QDir::home().filePath(QStringLiteral(".codex"));
    return QDir(codexHome).filePath(QStringLiteral("auth.json"));
}

bool CodexAuthImporter::fail(Error error, const QString &message)
{
    m_account = Account();
    m_tokens = AccountTokens();
    m_error = error;
    m_errorString = message;
    return false;
}

bool CodexAuthImporter::importFile(const QString &path)
{
    const QString filePath = path.isEmpty() ? defaultAuthFilePath() : path;
    QFile file(filePath);
    if (!file.exists()) {
        return fail(Error::FileMissing,
                    tr("No Codex CLI login found at %1. Sign in with \"codex login\" first, or sign in here.")
                        .arg(QDir::toNativeSeparators(filePath)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::FileUnreadable, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath),
                                                                        file.errorString()));
    }
    if (!importJson(file.readAll())) {
        m_errorString = tr("%1: %2").arg(QDir::toNativeSeparators(filePath), m_errorString);
        return false;
    }
    return true;
}

bool CodexAuthImporter::importJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(Error::NotJson, tr("The Codex CLI login file is not valid JSON."));
    const QJsonObject root = document.object();

    const QJsonObject tokensObject = root.value(QLatin1String("tokens")).toObject();
    const bool hasApiKey = !stringField(root, QLatin1String("OPENAI_API_KEY")).isEmpty();
    // Newer Codex CLIs say which login is in use; an API-key login may still carry stale tokens.
    const bool apiKeyMode = stringField(root, QLatin1String("auth_mode")).compare(QLatin1String("apikey"),
                                                                                  Qt::CaseInsensitive) == 0;
    if (apiKeyMode || (tokensObject.isEmpty() && hasApiKey)) {
        return fail(Error::ApiKeyOnly,
                    tr("The Codex CLI is logged in with an API key. Codex Bridge needs a ChatGPT sign-in "
                       "(\"codex login\" with your ChatGPT account)."));
    }
    if (tokensObject.isEmpty())
        return fail(Error::NoTokens, tr("The Codex CLI login file contains no sign-in tokens."));

    const QString idToken = stringField(tokensObject, QLatin1String("id_token"));
    const QString accessToken = stringField(tokensObject, QLatin1String("access_token"));
    const QString refreshToken = stringField(tokensObject, QLatin1String("refresh_token"));
    if (accessToken.isEmpty() || refreshToken.isEmpty()) {
        return fail(Error::IncompleteTokens,
                    tr("The Codex CLI login is incomplete (no access or refresh token); run \"codex login\" again."));
    }

    const JwtClaims idClaims = JwtClaims::decode(idToken);
    const JwtClaims accessClaims = JwtClaims::decode(accessToken);

    Account account;
    account.email = idClaims.email().isEmpty() ? accessClaims.email() : idClaims.email();
    account.accountId = stringField(tokensObject, QLatin1String("account_id"));
    if (account.accountId.isEmpty())
        account.accountId = idClaims.chatgptAccountId();
    if (account.accountId.isEmpty())
        account.accountId = accessClaims.chatgptAccountId();
    account.planType = idClaims.chatgptPlanType().isEmpty() ? accessClaims.chatgptPlanType()
                                                            : idClaims.chatgptPlanType();
    account.userId = idClaims.chatgptUserId().isEmpty() ? accessClaims.chatgptUserId() : idClaims.chatgptUserId();
    account.status = Account::Status::Active;
    if (account.email.isEmpty() && account.accountId.isEmpty()) {
        return fail(Error::IncompleteTokens,
                    tr("The Codex CLI login does not say which account it is (no email or account id in its "
                       "tokens); run \"codex login\" again."));
    }

    QDateTime lastRefresh =
        QDateTime::fromString(stringField(root, QLatin1String("last_refresh")), Qt::ISODateWithMs);
    AccountTokens tokens(idToken, accessToken, refreshToken, lastRefresh.isValid() ? lastRefresh.toUTC() : QDateTime());

    m_account = account;
    m_tokens = tokens;
    m_error = Error::None;
    m_errorString.clear();
    return true;
}
