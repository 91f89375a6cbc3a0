#pragma once

#include <QByteArray>
#include <QByteArrayView>

// PKCE (RFC 7636) codes for one sign-in, method S256: a random code_verifier kept by us, and the code_challenge
// sent in the authorize URL. The OAuth server only hands out tokens to whoever presents the verifier, so a code
// intercepted on its way to the callback is useless to anyone else.
class OAuthPkceCodes
{
public:
    QByteArray verifier;  // 43-128 characters of [A-Za-z0-9-._~]; here base64url (no padding) of random bytes
    QByteArray challenge; // base64url(sha256(verifier)) without padding

    // 64 random bytes from QRandomGenerator::system() (a cryptographically secure source) -> 86-char verifier.
    static OAuthPkceCodes generate();
    // The codes for a given verifier (tests, RFC vectors).
    static OAuthPkceCodes fromVerifier(const QByteArray &verifier);
    static QByteArray challengeFor(QByteArrayView verifier);
    // RFC 7636 section 4.1: 43 to 128 characters, unreserved characters only.
    static bool isValidVerifier(QByteArrayView verifier);

    // base64url (no padding) of `byteCount` bytes from QRandomGenerator::system(): for the OAuth `state`.
    static QByteArray randomToken(int byteCount = 32);
};
