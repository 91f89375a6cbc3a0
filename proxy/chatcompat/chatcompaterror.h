#pragma once

#include "core/apierror.h"
#include "upstream/upstreamfailure.h"

#include <QString>

// What a client is told about a provider's failure: UpstreamFailure::toApiError() speaks of ChatGPT and its
// sign-in, which would send the user to the wrong place.
class ChatCompatError
{
public:
    static ApiError toApiError(const UpstreamFailure &failure, const QString &providerName);
};
