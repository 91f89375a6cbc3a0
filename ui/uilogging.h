#pragma once

#include <QLoggingCategory>

// The user interface's own category (the proxy's are in proxy/core/loggingcategories.h).
Q_DECLARE_LOGGING_CATEGORY(lcUi)
