#pragma once

#include "claude/claudesettingseditor.h"

#include <QObject>

class QFileSystemWatcher;
class QTimer;

// Tells when Claude Code's settings file really changes state (on/off/outdated/invalid, the values shown), also
// after a hand edit or another program's atomic replace (write to a temporary file, rename over the original),
// so a "Use with Claude Code" toggle always shows the truth. Watches the file and its folder (or, while the folder
// does not exist, the nearest existing parent); bursts of change notifications are coalesced (DebounceMs).
// Lives in the thread that created it (the GUI thread for the tray).
class ClaudeSettingsWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaudeSettingsWatcher)

public:
    static constexpr int DebounceMs = 150;

    // `settingsPath` empty: ClaudeSettingsEditor::defaultSettingsPath(). The first status is read at once.
    ClaudeSettingsWatcher(const QString &configDir, const ClaudeSettingsEditor::Target &target,
                          const QString &settingsPath = QString(), QObject *parent = nullptr);
    ~ClaudeSettingsWatcher() override;

    ClaudeSettingsEditor::Status status() const { return m_status; }
    QString settingsPath() const { return m_editor.settingsPath(); }
    // E.g. after the port or the client key changed; statusChanged() follows if the state differs.
    void setTarget(const ClaudeSettingsEditor::Target &target);
    // Reads the file now (statusChanged() if it differs), without waiting for a notification.
    void refresh();

Q_SIGNALS:
    void statusChanged(const ClaudeSettingsEditor::Status &status);

private:
    void rewatch();

    ClaudeSettingsEditor m_editor;
    ClaudeSettingsEditor::Target m_target;
    ClaudeSettingsEditor::Status m_status;
    QFileSystemWatcher *m_watcher;
    QTimer *m_debounce;
};
