#include "httpserverlimits.h"

namespace {
void overrideFromEnvironment(const char *name, int *value)
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue(name, &ok);
    if (ok && fromEnv > 0)
        *value = fromEnv;
}
} // namespace

HttpServerLimits HttpServerLimits::fromEnvironment()
{
    HttpServerLimits limits;
    overrideFromEnvironment(HeaderTimeoutEnvVar, &limits.headerTimeoutMs);
    overrideFromEnvironment(BodyIdleTimeoutEnvVar, &limits.bodyIdleTimeoutMs);
    overrideFromEnvironment(KeepAliveTimeoutEnvVar, &limits.keepAliveIdleTimeoutMs);
    overrideFromEnvironment(MaxConnectionsEnvVar, &limits.maxConnections);
    return limits;
}
