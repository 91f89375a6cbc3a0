#include "claudesettingseditor.h"

#include "claude/jsontexteditor.h"
#include "core/loggingcategories.h"
#include "core/proxysettings.h"
#include "models/modelmapper.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

namespace {
const QString BaseUrlKey = QStringLiteral("ANTHROPIC_BASE_URL");
const QString AuthTokenKey = QStringLiteral("ANTHROPIC_AUTH_TOKEN");
const QString OpusKey = QStringLiteral("ANTHROPIC_DEFAULT_OPUS_MODEL");
const QString SonnetKey = QStringLiteral("ANTHROPIC_DEFAULT_SONNET_MODEL");
const QString HaikuKey = QStringLiteral("ANTHROPIC_DEFAULT_HAIKU_MODEL");
const QString EnvKey = QStringLiteral("env");
constexpr int RestoreFormatVersion = 1;

QStringList envPath(const QString &key)
{
    return {EnvKey, key};
}

// The restore file keeps a digest of what we wrote, not the value: it may be the client key.
QString digest(const QString &value)
{
    return QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Same scheme, port and host (any two loopback names count as the same host), no path beyond "/".
bool sameProxyUrl(const QString &configured, const QString &ours)
{
    const QUrl a(configured.trimmed());
    const QUrl b(ours);
    if (!a.isValid() || a.scheme().compare(b.scheme(), Qt::CaseInsensitive) != 0 || a.port(80) != b.port(80))
        return false;
    if (!a.path().isEmpty() && a.path() != QLatin1String("/"))
        return false;
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        || (ProxySettings::isLoopbackHost(a.host()) && ProxySettings::isLoopbackHost(b.host()));
}

QString displayValue(const QString &key, const QJsonValue &value)
{
    if (!value.isString())
        return QString::fromUtf8(JsonTextEditor::serialise(value));
    return key == AuthTokenKey ? ClaudeSettingsEditor::maskToken(value.toString()) : value.toString();
}
} // namespace

ClaudeSettingsEditor::Target ClaudeSettingsEditor::Target::fromSettings(const ProxySettings &settings,
                                                                        quint16 listeningPort)
{
    Target target;
    QString host = settings.host.trimmed();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || address == QHostAddress::AnyIPv4
        || address == QHostAddress::Any)
        host = QStringLiteral("127.0.0.1");
    else if (address == QHostAddress::AnyIPv6)
        host = QStringLiteral("[::1]");
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    target.baseUrl = QStringLiteral("http://%1:%2").arg(host).arg(listeningPort ? listeningPort : settings.port);
    target.authToken = settings.clientKey.isEmpty() ? placeholderToken() : settings.clientKey;
    // Only a mapping the user chose is written: with the defaults, Claude Code's own model names already reach
    // the right upstream model through the proxy's family mapping, and keep working when the defaults change.
    const ModelMapper defaults;
    const auto chosen = [&](ModelMapper::Family family) {
        const QString mapped = settings.modelMapper.familyTarget(family);
        return mapped == defaults.familyTarget(family) ? QString() : mapped;
    };
    target.opusModel = chosen(ModelMapper::Family::Opus);
    target.sonnetModel = chosen(ModelMapper::Family::Sonnet);
    target.haikuModel = chosen(ModelMapper::Family::Haiku);
    return target;
}

QMap<QString, QString> ClaudeSettingsEditor::Target::entries() const
{
    QMap<QString, QString> result{{BaseUrlKey, baseUrl}, {AuthTokenKey, authToken}};
    if (!opusModel.isEmpty())
        result.insert(OpusKey, opusModel);
    if (!sonnetModel.isEmpty())
        result.insert(SonnetKey, sonnetModel);
    if (!haikuModel.isEmpty())
        result.insert(HaikuKey, haikuModel);
    return result;
}

QString ClaudeSettingsEditor::stateName(State state)
{
    switch (state) {
    case State::Off:
        return QStringLiteral("off");
    case State::On:
        return QStringLiteral("on");
    case State::Outdated:
        return QStringLiteral("outdated");
    case State::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

QStringList ClaudeSettingsEditor::managedKeys()
{
    return {BaseUrlKey, AuthTokenKey, OpusKey, SonnetKey, HaikuKey};
}

QString ClaudeSettingsEditor::maskToken(const QString &token)
{
    if (token.isEmpty() || token == placeholderToken())
        return token;
    if (token.size() < 16)
        return QStringLiteral("****");
    return token.left(3) + QStringLiteral("…") + token.right(4);
}

ClaudeSettingsEditor::ClaudeSettingsEditor(QString configDir, QString settingsPath)
    : m_configDir(std::move(configDir))
    , m_settingsPath(settingsPath.isEmpty() ? defaultSettingsPath() : std::move(settingsPath))
{
}

QString ClaudeSettingsEditor::defaultSettingsPath()
{
    const QString configDir = qEnvironmentVariable("CLAUDE_CONFIG_DIR");
    const QDir dir(configDir.isEmpty() ? QDir::home().filePath(QStringLiteral(".claude")) : configDir);
    return dir.filePath(QStringLiteral("settings.json"));
}

QString ClaudeSettingsEditor::restoreFilePath() const
{
    return QDir(m_configDir).filePath(restoreFileName());
}

QString ClaudeSettingsEditor::restoreKey() const
{
    return QFileInfo(m_settingsPath).absoluteFilePath();
}

bool ClaudeSettingsEditor::fail(const Problem &problem)
{
    m_error = problem.error;
    m_errorString = problem.message;
    // Callers show the message to the user (dialog, reply, stderr); the log gets it only when asked for.
    qCDebug(lcClaude).noquote() << problem.message;
    return false;
}

bool ClaudeSettingsEditor::readSettings(FileContent *content, QByteArray *document, Problem *problem) const
{
    const QString shownPath = QDir::toNativeSeparators(m_settingsPath);
    QFile file(m_settingsPath);
    content->exists = file.exists();
    content->bytes.clear();
    if (content->exists) {
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = {Error::Io, tr("Cannot read %1: %2").arg(shownPath, file.errorString())};
            return false;
        }
        content->bytes = file.readAll();
    }
    // A blank file is as good as an empty one; Claude Code treats both as no settings.
    *document = content->bytes.trimmed().isEmpty() ? QByteArrayLiteral("{}\n") : content->bytes;
    const JsonTextEditor editor(*document);
    if (!editor.isValid()) {
        *problem = {Error::InvalidFile,
                    tr("%1 is not valid JSON (%2). It was left untouched; fix it and try again.")
                        .arg(shownPath, editor.errorString())};
        return false;
    }
    if (editor.contains({EnvKey}) && editor.memberCount({EnvKey}) < 0) {
        *problem = {Error::InvalidFile,
                    tr("In %1, “env” is not an object. The file was left untouched; fix it and try again.")
                        .arg(shownPath)};
        return false;
    }
    return true;
}

bool ClaudeSettingsEditor::readRestoreFile(QJsonObject *all, Problem *problem) const
{
    *all = QJsonObject();
    QFile file(restoreFilePath());
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = {Error::Io, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()),
                                                             file.errorString())};
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        // It holds the user's previous values: never overwrite it blindly.
        *problem = {Error::Io, tr("%1 is not valid JSON (%2); move it away to start over.")
                                   .arg(QDir::toNativeSeparators(file.fileName()), parseError.errorString())};
        return false;
    }
    *all = doc.object();
    return true;
}

bool ClaudeSettingsEditor::writeRestoreFile(const QJsonObject &all)
{
    const QString path = restoreFilePath();
    if (all.value(QLatin1String("files")).toObject().isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return fail({Error::Io, tr("Cannot remove %1.").arg(QDir::toNativeSeparators(path))});
        return true;
    }
    if (!QDir().mkpath(m_configDir))
        return fail({Error::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_configDir))});
    QSaveFile file(path);
    // The saved values may include the user's own Anthropic token: owner-only before any byte is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(all).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return fail({Error::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
    return true;
}

bool ClaudeSettingsEditor::writeSettings(const FileContent &before, const QByteArray &after, bool removeFile)
{
    const QString shownPath = QDir::toNativeSeparators(m_settingsPath);
    const QString dir = QFileInfo(m_settingsPath).absolutePath();
    if (!QDir().mkpath(dir))
        return fail({Error::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir))});

    QSaveFile file(m_settingsPath);
    if (!removeFile) {
        if (!file.open(QIODevice::WriteOnly))
            return fail({Error::Io, tr("Cannot write %1: %2").arg(shownPath, file.errorString())});
        // A new file gets the client key: owner-only. An existing file keeps its permissions (QSaveFile).
        if (!before.exists)
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(after) != after.size())
            return fail({Error::Io, tr("Cannot write %1: %2").arg(shownPath, file.errorString())});
    }
    if (m_beforeCommit)
        m_beforeCommit();

    // Someone (the user's editor, Claude Code itself) may have written the file since we read it.
    FileContent now;
    QFile current(m_settingsPath);
    now.exists = current.exists();
    if (now.exists && current.open(QIODevice::ReadOnly))
        now.bytes = current.readAll();
    current.close();
    if (now.exists != before.exists || now.bytes != before.bytes) {
        file.cancelWriting();
        return fail({Error::ConcurrentEdit, tr("%1 was changed by another program while Codex Bridge was editing "
                                               "it. Nothing was written; try again.")
                                                .arg(shownPath)});
    }

    // A file about to be removed held only what "on" wrote: nothing of the user's to back up.
    if (before.exists && !removeFile) {
        QSaveFile backup(backupPath());
        // The previous file may hold credentials: the backup is owner-only.
        if (!backup.open(QIODevice::WriteOnly)
            || !backup.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || backup.write(before.bytes) != before.bytes.size() || !backup.commit()) {
            file.cancelWriting();
            return fail({Error::Io, tr("Cannot write the backup %1: %2; %3 was left untouched.")
                                        .arg(QDir::toNativeSeparators(backupPath()), backup.errorString(),
                                             shownPath)});
        }
    }
    if (removeFile) {
        if (!QFile::remove(m_settingsPath))
            return fail({Error::Io, tr("Cannot remove %1.").arg(shownPath)});
        return true;
    }
    if (!file.commit())
        return fail({Error::Io, tr("Cannot write %1: %2").arg(shownPath, file.errorString())});
    return true;
}

ClaudeSettingsEditor::Status ClaudeSettingsEditor::status(const Target &target) const
{
    Status status;
    status.filePath = m_settingsPath;
    FileContent content;
    QByteArray document;
    Problem problem;
    if (!readSettings(&content, &document, &problem)) {
        status.exists = content.exists;
        status.state = State::Invalid;
        status.error = problem.message;
        return status;
    }
    status.exists = content.exists;
    const JsonTextEditor editor(document);
    for (const QString &key : managedKeys()) {
        const QJsonValue value = editor.value(envPath(key));
        if (!value.isUndefined())
            status.values.insert(key, displayValue(key, value));
    }
    const QJsonValue baseUrl = editor.value(envPath(BaseUrlKey));
    if (baseUrl.isString() && sameProxyUrl(baseUrl.toString(), target.baseUrl)) {
        const QMap<QString, QString> wanted = target.entries();
        bool upToDate = true;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            // The URL may be spelled differently (localhost, a trailing slash) and still be ours.
            if (it.key() != BaseUrlKey && editor.value(envPath(it.key())) != QJsonValue(it.value()))
                upToDate = false;
        }
        status.state = upToDate ? State::On : State::Outdated;
    }
    QJsonObject all;
    if (readRestoreFile(&all, &problem))
        status.restoreSaved = all.value(QLatin1String("files")).toObject().contains(restoreKey());
    return status;
}

bool ClaudeSettingsEditor::restoreEntry(JsonTextEditor &editor, const QString &key, const QJsonObject &saved)
{
    const QStringList path = envPath(key);
    const QJsonValue current = editor.value(path);
    const bool ours = current.isUndefined()
        || (current.isString() && digest(current.toString()) == saved.value(QLatin1String("applied")).toString());
    if (!ours) {
        m_notes << tr("%1 was changed by hand after Codex Bridge set it; it was left as it is.").arg(key);
        return true;
    }
    const QJsonValue previous = saved.value(QLatin1String("previous"));
    const bool done = previous.isString() ? editor.setRawValue(path, previous.toString().toUtf8()) : editor.remove(path);
    if (!done)
        return fail({Error::Io, tr("Cannot restore %1 in %2: %3")
                                    .arg(key, QDir::toNativeSeparators(m_settingsPath), editor.errorString())});
    return true;
}

bool ClaudeSettingsEditor::enable(const Target &target)
{
    m_error = Error::None;
    m_errorString.clear();
    m_notes.clear();
    FileContent before;
    QByteArray document;
    QJsonObject all;
    Problem problem;
    if (!readSettings(&before, &document, &problem) || !readRestoreFile(&all, &problem))
        return fail(problem);
    JsonTextEditor editor(document);
    QJsonObject files = all.value(QLatin1String("files")).toObject();
    QJsonObject record = files.value(restoreKey()).toObject();
    if (record.isEmpty()) {
        record.insert(QStringLiteral("fileExisted"), before.exists);
        record.insert(QStringLiteral("envExisted"), editor.contains({EnvKey}));
        if (before.exists && document != before.bytes) // a blank file: give its exact bytes back on "off"
            record.insert(QStringLiteral("blankContent"), QString::fromUtf8(before.bytes));
    }
    QJsonObject saved = record.value(QLatin1String("keys")).toObject();
    const QMap<QString, QString> wanted = target.entries();
    for (const QString &key : managedKeys()) {
        const QStringList path = envPath(key);
        if (!wanted.contains(key)) {
            // Set by an earlier "on" (e.g. a mapping since reset to the default): give the user's value back.
            if (saved.contains(key) && !restoreEntry(editor, key, saved.value(key).toObject()))
                return false;
            saved.remove(key);
            continue;
        }
        const QString value = wanted.value(key);
        QJsonObject entry = saved.value(key).toObject();
        if (!saved.contains(key)) {
            const QByteArray raw = editor.rawValue(path);
            entry.insert(QStringLiteral("previous"), raw.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(raw)));
        }
        entry.insert(QStringLiteral("applied"), digest(value));
        saved.insert(key, entry);
        // An equal value keeps its spelling (escapes), so "off" has nothing to undo there.
        if (editor.value(path) != QJsonValue(value) && !editor.setValue(path, value))
            return fail({Error::Io, tr("Cannot set %1 in %2: %3")
                                        .arg(key, QDir::toNativeSeparators(m_settingsPath), editor.errorString())});
    }
    record.insert(QStringLiteral("keys"), saved);
    files.insert(restoreKey(), record);
    QJsonObject updated = all;
    updated.insert(QStringLiteral("version"), RestoreFormatVersion);
    updated.insert(QStringLiteral("files"), files);

    const bool settingsChange = !before.exists || editor.text() != before.bytes;
    // Saved values first: if writing the settings fails after, they are only a harmless extra.
    if (updated != all && !writeRestoreFile(updated))
        return false;
    if (settingsChange && !writeSettings(before, editor.text(), false)) {
        const Error error = m_error;
        const QString message = m_errorString;
        writeRestoreFile(all); // nothing changed: drop what was just saved
        m_error = error;
        m_errorString = message;
        return false;
    }
    if (settingsChange)
        qCInfo(lcClaude).noquote() << "pointed Claude Code at" << target.baseUrl << "in"
                                   << QDir::toNativeSeparators(m_settingsPath);
    return true;
}

bool ClaudeSettingsEditor::disable(const Target &target)
{
    m_error = Error::None;
    m_errorString.clear();
    m_notes.clear();
    FileContent before;
    QByteArray document;
    QJsonObject all;
    Problem problem;
    if (!readSettings(&before, &document, &problem) || !readRestoreFile(&all, &problem))
        return fail(problem);
    JsonTextEditor editor(document);
    QJsonObject files = all.value(QLatin1String("files")).toObject();
    const QJsonObject record = files.value(restoreKey()).toObject();
    QByteArray after;
    bool removeFile = false;
    if (!record.isEmpty()) {
        const QJsonObject saved = record.value(QLatin1String("keys")).toObject();
        for (auto it = saved.constBegin(); it != saved.constEnd(); ++it) {
            if (!restoreEntry(editor, it.key(), it.value().toObject()))
                return false;
        }
        if (!record.value(QLatin1String("envExisted")).toBool() && editor.memberCount({EnvKey}) == 0)
            editor.remove({EnvKey});
        after = editor.text();
        const bool emptyDocument = editor.memberCount({}) == 0;
        if (emptyDocument && !record.value(QLatin1String("fileExisted")).toBool(true))
            removeFile = true;
        else if (emptyDocument && record.contains(QLatin1String("blankContent")))
            after = record.value(QLatin1String("blankContent")).toString().toUtf8();
    } else {
        const QJsonValue baseUrl = editor.value(envPath(BaseUrlKey));
        if (!baseUrl.isString() || !sameProxyUrl(baseUrl.toString(), target.baseUrl))
            return true; // not pointed at us: already off
        const QMap<QString, QString> wanted = target.entries();
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const QStringList path = envPath(it.key());
            if (it.key() == BaseUrlKey || editor.value(path) == QJsonValue(it.value()))
                editor.remove(path);
        }
        after = editor.text();
        m_notes << tr("No saved values were found; the Codex Bridge entries were removed from %1.")
                       .arg(QDir::toNativeSeparators(m_settingsPath));
    }
    if ((removeFile || after != before.bytes) && before.exists && !writeSettings(before, after, removeFile))
        return false;
    files.remove(restoreKey());
    QJsonObject updated = all;
    updated.insert(QStringLiteral("files"), files);
    if (updated != all && !writeRestoreFile(updated)) {
        // The settings are restored already; a stale record only makes a later "off" leave values alone.
        m_notes << m_errorString;
        m_error = Error::None;
        m_errorString.clear();
    }
    qCInfo(lcClaude).noquote() << "restored the Claude Code settings in" << QDir::toNativeSeparators(m_settingsPath);
    return true;
}
