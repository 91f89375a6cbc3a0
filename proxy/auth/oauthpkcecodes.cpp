#include "auth/oauthpkcecodes.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

OAuthPkceCodes OAuthPkceCodes::generate()
{
    return fromVerifier(randomToken(64));
}

OAuthPkceCodes OAuthPkceCodes::fromVerifier(const QByteArray &verifier)
{
    OAuthPkceCodes codes;
    codes.verifier = verifier;
    codes.challenge = challengeFor(verifier);
    return codes;
}

QByteArray OAuthPkceCodes::challengeFor(QByteArrayView verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(Base64Url);
}

bool OAuthPkceCodes::isValidVerifier(QByteArrayView verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const char c : verifier) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~';
        if (!unreserved)
            return false;
    }
    return true;
}

QByteArray OAuthPkceCodes::randomToken(int byteCount)
{
    QByteArray bytes(qMax(byteCount, 1), Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(random->bounded(256));
    return bytes.toBase64(Base64Url);
}
