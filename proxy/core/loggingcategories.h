#pragma once

#include <QLoggingCategory>

// One category per area, so users can turn on e.g. QT_LOGGING_RULES="codexbridge.upstream.debug=true".
// Nothing logged in any category may contain a token or a prompt.
Q_DECLARE_LOGGING_CATEGORY(lcProxy)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcUpstream)
Q_DECLARE_LOGGING_CATEGORY(lcTranslate)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcRequests)
Q_DECLARE_LOGGING_CATEGORY(lcProviders)
Q_DECLARE_LOGGING_CATEGORY(lcDashboard)
Q_DECLARE_LOGGING_CATEGORY(lcClaude)
