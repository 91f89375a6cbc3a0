#include "loggingcategories.h"

Q_LOGGING_CATEGORY(lcProxy, "codexbridge.proxy", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "codexbridge.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUpstream, "codexbridge.upstream", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTranslate, "codexbridge.translate", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "codexbridge.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRequests, "codexbridge.requests", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProviders, "codexbridge.providers", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDashboard, "codexbridge.dashboard", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClaude, "codexbridge.claude", QtInfoMsg)
