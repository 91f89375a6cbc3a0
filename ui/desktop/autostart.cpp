#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace {
#if defined(Q_OS_WIN)
const QString kRunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunValue = QStringLiteral("Codex Bridge");
#endif

// Desktop Entry spec: an argument with reserved characters is double-quoted, with ", `, $ and \ escaped.
QString quoteExec(const QString &program)
{
    QString escaped;
    for (const QChar c : program) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

QString Autostart::program()
{
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty() && QFileInfo(appImage).isExecutable())
        return appImage;
    return QCoreApplication::applicationFilePath();
}

QString Autostart::location()
{
#if defined(Q_OS_WIN)
    return kRunKey;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + appId() + QStringLiteral(".plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/")
        + appId() + QStringLiteral(".desktop");
#endif
}

QByteArray Autostart::desktopEntry(const QString &program)
{
    QByteArray entry = "[Desktop Entry]\n"
                       "Type=Application\n"
                       "Name=Codex Bridge\n";
    entry += "Comment=" + tr("Use Claude Code with your ChatGPT subscription").toUtf8() + '\n';
    entry += "Exec=" + quoteExec(program).toUtf8() + '\n';
    entry += "Icon=" + appId().toUtf8() + '\n';
    entry += "Terminal=false\n"
             "X-GNOME-Autostart-enabled=true\n";
    return entry;
}

QByteArray Autostart::launchAgentPlist(const QString &program)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n<dict>\n"
                          "  <key>Label</key><string>%1</string>\n"
                          "  <key>ProgramArguments</key><array><string>%2</string></array>\n"
                          "  <key>RunAtLoad</key><true/>\n"
                          "</dict>\n</plist>\n")
        .arg(appId(), xmlEscaped(program))
        .toUtf8();
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunValue);
#else
    return QFileInfo::exists(location());
#endif
}

bool Autostart::setEnabled(bool enabled)
{
    m_errorString.clear();
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(kRunValue, QLatin1Char('"') + QDir::toNativeSeparators(program()) + QLatin1Char('"'));
    else
        run.remove(kRunValue);
    run.sync();
    if (run.status() != QSettings::NoError) {
        m_errorString = tr("Could not change the Windows start-up entry.");
        return false;
    }
    return true;
#else
    const QString path = location();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            m_errorString = tr("Could not remove %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_errorString = tr("Could not create the folder of %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
#if defined(Q_OS_MACOS)
    const QByteArray content = launchAgentPlist(program());
#else
    const QByteArray content = desktopEntry(program());
#endif
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        m_errorString = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
#endif
}
