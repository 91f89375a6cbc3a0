#include "claudesettingswatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

ClaudeSettingsWatcher::ClaudeSettingsWatcher(const QString &configDir, const ClaudeSettingsEditor::Target &target,
                                             const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_editor(configDir, settingsPath)
    , m_target(target)
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ClaudeSettingsWatcher::refresh);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_debounce, qOverload<>(&QTimer::start));
    m_status = m_editor.status(m_target);
    rewatch();
}

ClaudeSettingsWatcher::~ClaudeSettingsWatcher() = default;

void ClaudeSettingsWatcher::setTarget(const ClaudeSettingsEditor::Target &target)
{
    m_target = target;
    refresh();
}

void ClaudeSettingsWatcher::rewatch()
{
    // An atomic replace gives the path a new inode, which the old file watch does not follow; and a file or
    // folder that appears must be picked up. So the watched set is rebuilt after every change.
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    const QFileInfo file(m_editor.settingsPath());
    QStringList wanted;
    if (file.exists())
        wanted << file.absoluteFilePath();
    QString folder = file.absolutePath();
    while (!QFileInfo::exists(folder) && QFileInfo(folder).absolutePath() != folder)
        folder = QFileInfo(folder).absolutePath();
    wanted << folder;
    m_watcher->addPaths(wanted);
}

void ClaudeSettingsWatcher::refresh()
{
    rewatch();
    const ClaudeSettingsEditor::Status status = m_editor.status(m_target);
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}
