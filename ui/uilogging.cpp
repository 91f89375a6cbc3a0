#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "codexbridge.ui", QtInfoMsg)
