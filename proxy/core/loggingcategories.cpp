#include "loggingcategories.h"

Q_LOGGING_CATEGORY(lcProxy, "codexbridge.proxy")
Q_LOGGING_CATEGORY(lcHttp, "codexbridge.http")
Q_LOGGING_CATEGORY(lcUpstream, "codexbridge.upstream")
Q_LOGGING_CATEGORY(lcTranslate, "codexbridge.translate")
Q_LOGGING_CATEGORY(lcAuth, "codexbridge.auth")
Q_LOGGING_CATEGORY(lcRequests, "codexbridge.requests")
