#include "applicationinfo.h"

#include <QCoreApplication>
#include <QString>

void ApplicationInfo::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("codex-bridge"));
    QCoreApplication::setApplicationName(QStringLiteral("codex-bridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CODEXBRIDGE_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-warning}warning %{endif}"
                                          "%{if-critical}error %{endif}%{category}: %{message}"));
}
