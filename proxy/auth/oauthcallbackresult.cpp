#include "auth/oauthcallbackresult.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

QString OAuthCallbackResult::message() const
{
    switch (kind) {
    case Kind::Code:
        return {};
    case Kind::WrongState:
        return tr("The sign-in reply does not belong to this sign-in (state mismatch). Start the sign-in again.");
    case Kind::Denied:
        if (error == QLatin1String("access_denied"))
            return tr("The sign-in was cancelled or access was denied in the browser.");
        return errorDescription.isEmpty() ? tr("The sign-in failed: %1.").arg(error)
                                          : tr("The sign-in failed: %1 (%2).").arg(error, errorDescription);
    case Kind::Invalid:
        break;
    }
    return tr("That is neither the address the browser was sent to after signing in nor an authorization code.");
}

OAuthCallbackResult OAuthCallbackResult::fromQuery(const QUrlQuery &query, const QByteArray &expectedState)
{
    OAuthCallbackResult result;
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        result.kind = Kind::Denied;
        result.error = error.left(200);
        result.errorDescription = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded).left(500);
        return result;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return result;
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (expectedState.isEmpty() || state.toUtf8() != expectedState) {
        result.kind = Kind::WrongState;
        return result;
    }
    result.kind = Kind::Code;
    result.code = code;
    return result;
}

OAuthCallbackResult OAuthCallbackResult::fromPastedInput(const QString &input, const QByteArray &expectedState)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    const qsizetype questionMark = text.indexOf(QLatin1Char('?'));
    if (questionMark >= 0 || text.contains(QLatin1Char('='))) {
        // A URL, or only its query. Keep the fragment out: some terminals add "#" junk when copying.
        QString queryText = questionMark >= 0 ? text.mid(questionMark + 1) : text;
        const qsizetype hash = queryText.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            queryText.truncate(hash);
        return fromQuery(QUrlQuery(queryText), expectedState);
    }
    // A bare code: authorization codes are opaque but URL-safe; reject anything with spaces, slashes or quotes
    // (a pasted sentence, a URL without query...).
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9._~+-]{8,2048}$"));
    if (!codePattern.match(text).hasMatch())
        return {};
    OAuthCallbackResult result;
    result.kind = Kind::Code;
    result.code = text;
    return result;
}
