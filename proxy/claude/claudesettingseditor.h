#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

class JsonTextEditor;
class ProxySettings;

// Points Claude Code at this proxy through its user settings file, and back.
//
// The file is $CLAUDE_CONFIG_DIR/settings.json, else ~/.claude/settings.json. "On" (enable()) writes into its
// `env` object ANTHROPIC_BASE_URL, ANTHROPIC_AUTH_TOKEN and, for each Claude family whose model the user mapped,
// ANTHROPIC_DEFAULT_{OPUS,SONNET,HAIKU}_MODEL. Before a key is first overwritten its previous value (or its
// absence) is saved in claude-restore.json in our config dir (0600); "off" (disable()) puts exactly that back,
// removes what we added (and the `env` object or the whole file when we created them and they ended empty), so
// on + off gives the same bytes. A key changed by hand while on is left alone by "off" (see notes()).
//
// The file is edited as text (JsonTextEditor): every other key, the order and the formatting stay as they are.
// Writes are atomic (QSaveFile); the file as it was before each write is kept beside it
// (settings.json.codex-bridge.bak). A file that is not valid JSON is never written (Error::InvalidFile names it
// and the position). The file is read again just before the new one replaces it; a change made meanwhile by
// someone else is reported (Error::ConcurrentEdit), not overwritten.
//
// Synchronous and cheap (one small file); meant for the GUI thread, the CLI and the HTTP routes. Not
// thread-safe: one instance per thread.
//
// Typical use (the tray's "Use with Claude Code" toggle):
//   const auto target = ClaudeSettingsEditor::Target::fromSettings(settings, listeningPort);
//   ClaudeSettingsWatcher watcher(configDir, target);   // toggle checked = watcher.status().pointsAtProxy()
//   ClaudeSettingsEditor editor(configDir);
//   if (!editor.enable(target))                         // or disable(target)
//       show editor.errorString(); on Error::InvalidFile offer to open editor.settingsPath()
class ClaudeSettingsEditor
{
    Q_DECLARE_TR_FUNCTIONS(ClaudeSettingsEditor)

public:
    // What "on" writes.
    struct Target
    {
        QString baseUrl;   // http://HOST:PORT of this proxy
        QString authToken; // the proxy's client key, or PlaceholderToken
        QString opusModel, sonnetModel, haikuModel; // empty: not written

        // From the proxy's settings; `listeningPort` (when not 0) is the port actually listened on. A wildcard
        // or "localhost" host becomes 127.0.0.1 (Node may resolve localhost to ::1, where we do not listen).
        // A family's model is set only when the user mapped it to something other than the default.
        static Target fromSettings(const ProxySettings &settings, quint16 listeningPort = 0);
        // The env entries this target writes, by key.
        QMap<QString, QString> entries() const;
    };

    enum class State {
        Off,      // the file does not point at this proxy (or does not exist)
        On,       // it points at this proxy with every value "on" would write
        Outdated, // it points at this proxy, but e.g. the client key or the mapping changed since
        Invalid,  // the file cannot be read or is not valid JSON: nothing can be changed
    };

    // "off", "on", "outdated", "invalid": machine-readable (HTTP replies, scripts), never translated.
    static QString stateName(State state);

    struct Status
    {
        State state = State::Off;
        QString filePath;
        bool exists = false;
        QString error;                 // why the state is Invalid
        QMap<QString, QString> values; // the managed env keys present, the auth token masked
        bool restoreSaved = false;     // "off" has saved values to put back

        bool pointsAtProxy() const { return state == State::On || state == State::Outdated; }
        friend bool operator==(const Status &, const Status &) = default;
    };

    enum class Error { None, InvalidFile, ConcurrentEdit, Io };

    // Claude Code needs some credential to skip its login; without a client key the proxy accepts anything on
    // loopback, so this fixed, non-secret value is written instead.
    static QString placeholderToken() { return QStringLiteral("codex-bridge"); }
    static QStringList managedKeys();

    // `configDir` holds claude-restore.json; `settingsPath` empty: defaultSettingsPath().
    explicit ClaudeSettingsEditor(QString configDir, QString settingsPath = QString());

    static QString defaultSettingsPath();
    static QString restoreFileName() { return QStringLiteral("claude-restore.json"); }
    QString settingsPath() const { return m_settingsPath; }
    QString backupPath() const { return m_settingsPath + QStringLiteral(".codex-bridge.bak"); }

    Status status(const Target &target) const;
    // True on success (also when nothing needed to change).
    bool enable(const Target &target);
    // Without saved values, removes the entries that equal what `target` writes, if the file points at it.
    bool disable(const Target &target);

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // After a successful enable()/disable(): what the user should know (e.g. keys kept because they were
    // changed by hand). Translated.
    QStringList notes() const { return m_notes; }

    // For tests: called after the new content is ready and before the file is re-checked and replaced.
    void setBeforeCommitHook(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

    // "sk-…wxyz"-style display of a credential; the placeholder is shown as it is.
    static QString maskToken(const QString &token);

private:
    struct FileContent
    {
        bool exists = false;
        QByteArray bytes;
    };
    struct Problem
    {
        Error error = Error::None;
        QString message;
    };

    bool fail(const Problem &problem);
    // Reads the settings file; `document` is its text, or "{}" for a missing or blank file.
    bool readSettings(FileContent *content, QByteArray *document, Problem *problem) const;
    bool readRestoreFile(QJsonObject *all, Problem *problem) const;
    bool writeRestoreFile(const QJsonObject &all);
    bool writeSettings(const FileContent &before, const QByteArray &after, bool removeFile);
    bool restoreEntry(JsonTextEditor &editor, const QString &key, const QJsonObject &saved);
    QString restoreFilePath() const;
    QString restoreKey() const;

    QString m_configDir;
    QString m_settingsPath;
    Error m_error = Error::None;
    QString m_errorString;
    QStringList m_notes;
    std::function<void()> m_beforeCommit;
};
