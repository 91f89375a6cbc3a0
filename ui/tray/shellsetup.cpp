#include "shellsetup.h"

#include <QStringList>

namespace {
// Non-empty so Claude Code and the SDKs do not stop to ask for a key; the proxy ignores it when no client key is
// set. Not a secret.
const QString kPlaceholderToken = QStringLiteral("codex-bridge");
} // namespace

ShellSetup::Shell ShellSetup::nativeShell()
{
#if defined(Q_OS_WIN)
    return Shell::PowerShell;
#else
    return Shell::Posix;
#endif
}

QString ShellSetup::quoted(const QString &value, Shell shell)
{
    QString escaped = value;
    // Both shells take a single-quoted string literally; only the quote itself needs escaping.
    if (shell == Shell::Posix)
        escaped.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    else
        escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString ShellSetup::exportLines(const QString &baseUrl, const QString &clientKey, Shell shell)
{
    const QString token = clientKey.isEmpty() ? kPlaceholderToken : clientKey;
    QString url = baseUrl;
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    const QList<QPair<QString, QString>> variables = {
        {QStringLiteral("ANTHROPIC_BASE_URL"), url},
        {QStringLiteral("ANTHROPIC_AUTH_TOKEN"), token},
        {QStringLiteral("OPENAI_BASE_URL"), url + QStringLiteral("/v1")},
        {QStringLiteral("OPENAI_API_KEY"), token},
    };
    QStringList lines;
    for (const auto &[name, value] : variables) {
        if (shell == Shell::Posix)
            lines << QStringLiteral("export %1=%2").arg(name, quoted(value, shell));
        else
            lines << QStringLiteral("$env:%1 = %2").arg(name, quoted(value, shell));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
