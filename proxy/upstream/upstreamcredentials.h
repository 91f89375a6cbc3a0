#pragma once

#include <QString>

// What one upstream attempt needs from an account. accountLabel identifies the account in logs (email); the
// access token never goes to a log.
struct UpstreamCredentials
{
    QString accessToken;
    QString chatgptAccountId;
    QString accountLabel;
};
