// ClaudeSettingsWatcher on real files: it reports hand edits, atomic replaces (write + rename, as editors and
// Claude Code do) and a folder that appears later, keeps watching after each, and stays quiet when nothing that
// matters changed.
#include "claude/claudesettingswatcher.h"
#include "core/proxysettings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using State = ClaudeSettingsEditor::State;

namespace {
constexpr int WaitMs = 5000;

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Write a temporary file beside the target and rename it over the target.
void replaceAtomically(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + u".tmp"_s;
    writeAll(temporary, bytes);
    QVERIFY(::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0);
}

QByteArray pointingAt(const QString &url)
{
    return "{\n  \"env\": {\n    \"ANTHROPIC_BASE_URL\": \"" + url.toUtf8()
        + "\",\n    \"ANTHROPIC_AUTH_TOKEN\": \"codex-bridge\"\n  }\n}\n";
}

State lastState(const QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<ClaudeSettingsEditor::Status>().state;
}
} // namespace

class TestClaudeSettingsWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ClaudeSettingsEditor::Target m_target = ClaudeSettingsEditor::Target::fromSettings(ProxySettings());

private Q_SLOTS:
    void followsRealEdits()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(u"home/.claude"_s);
        const QString path = QDir(folder).filePath(u"settings.json"_s);
        ClaudeSettingsWatcher watcher(m_dir.filePath(u"config"_s), m_target, path);
        QSignalSpy spy(&watcher, &ClaudeSettingsWatcher::statusChanged);
        QCOMPARE(watcher.status().state, State::Off);
        QVERIFY(!watcher.status().exists);

        // The folder does not exist yet: created later (as on a first Claude Code start), then the file.
        QVERIFY(QDir().mkpath(folder));
        writeAll(path, pointingAt(u"http://127.0.0.1:8081"_s));
        QVERIFY(spy.wait(WaitMs));
        QCOMPARE(lastState(spy), State::On);
        QCOMPARE(watcher.status().state, State::On);

        // An atomic replace: the path gets a new file.
        spy.clear();
        replaceAtomically(path, "{\"env\": {}}\n");
        QVERIFY(spy.wait(WaitMs));
        QCOMPARE(lastState(spy), State::Off);

        // Still watched after the replace: an in-place edit of the new file is seen.
        spy.clear();
        writeAll(path, pointingAt(u"http://localhost:8081"_s));
        QVERIFY(spy.wait(WaitMs));
        QCOMPARE(lastState(spy), State::On);

        // Broken by hand, then fixed by an atomic replace.
        spy.clear();
        writeAll(path, "{\"env\": {,}");
        QVERIFY(spy.wait(WaitMs));
        QCOMPARE(lastState(spy), State::Invalid);
        QVERIFY(watcher.status().error.contains(u"line 1"_s));
        spy.clear();
        replaceAtomically(path, pointingAt(u"http://127.0.0.1:8081"_s));
        QVERIFY(spy.wait(WaitMs));
        QCOMPARE(lastState(spy), State::On);

        // Removed: off.
        spy.clear();
        QVERIFY(QFile::remove(path));
        QVERIFY(spy.wait(WaitMs));
        QCOMPARE(lastState(spy), State::Off);
        QVERIFY(!watcher.status().exists);
    }

    void quietWhenNothingMatters()
    {
        const QString path = m_dir.filePath(u"quiet/settings.json"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        writeAll(path, pointingAt(u"http://127.0.0.1:8081"_s));
        ClaudeSettingsWatcher watcher(m_dir.filePath(u"config"_s), m_target, path);
        QSignalSpy spy(&watcher, &ClaudeSettingsWatcher::statusChanged);
        QCOMPARE(watcher.status().state, State::On);
        // Same content rewritten, an unrelated key added, a sibling file written: the state is the same.
        writeAll(path, pointingAt(u"http://127.0.0.1:8081"_s));
        replaceAtomically(path, pointingAt(u"http://127.0.0.1:8081"_s).replace("\n}\n", ",\n  \"theme\": \"dark\"\n}\n"));
        writeAll(m_dir.filePath(u"quiet/other.json"_s), "{}");
        QTest::qWait(4 * ClaudeSettingsWatcher::DebounceMs);
        QCOMPARE(spy.count(), 0);
        // ...but a changed target is a changed state.
        ProxySettings other;
        other.port = 9999;
        watcher.setTarget(ClaudeSettingsEditor::Target::fromSettings(other));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastState(spy), State::Off);
    }

    // The tray's own toggle: enable() through the editor is reported like any other change, once.
    void reportsEditorWrites()
    {
        const QString path = m_dir.filePath(u"tray/settings.json"_s);
        const QString config = m_dir.filePath(u"tray-config"_s);
        ClaudeSettingsWatcher watcher(config, m_target, path);
        QSignalSpy spy(&watcher, &ClaudeSettingsWatcher::statusChanged);
        ClaudeSettingsEditor editor(config, path);
        QVERIFY(editor.enable(m_target));
        QVERIFY(spy.wait(WaitMs));
        QTest::qWait(4 * ClaudeSettingsWatcher::DebounceMs);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastState(spy), State::On);
        QVERIFY(watcher.status().restoreSaved);
        QVERIFY(editor.disable(m_target));
        QVERIFY(spy.wait(WaitMs));
        QCOMPARE(lastState(spy), State::Off);
    }
};

QTEST_GUILESS_MAIN(TestClaudeSettingsWatcher)
#include "tst_claudesettingswatcher.moc"
