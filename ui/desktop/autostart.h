#pragma once

#include <QCoreApplication>
#include <QString>

// "Start at login", the native way on each platform:
//   Linux and other XDG desktops: $XDG_CONFIG_HOME/autostart/<app id>.desktop
//   macOS: ~/Library/LaunchAgents/<app id>.plist (RunAtLoad)
//   Windows: HKCU\Software\Microsoft\Windows\CurrentVersion\Run, value "Codex Bridge"
// The state is read from there each time, so it stays right when the user changes it elsewhere.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    static QString appId() { return QStringLiteral("io.github.codexbridge.CodexBridge"); }

    // The program to start: the AppImage when running from one, else this executable.
    static QString program();
    bool isEnabled() const;
    // False with errorString() when the entry could not be written or removed.
    bool setEnabled(bool enabled);
    QString errorString() const { return m_errorString; }

    // Where the entry lives (a file path, or the registry key on Windows).
    static QString location();
    // The content written on XDG desktops (Exec quoted per the Desktop Entry spec).
    static QByteArray desktopEntry(const QString &program);
    static QByteArray launchAgentPlist(const QString &program);

private:
    QString m_errorString;
};
