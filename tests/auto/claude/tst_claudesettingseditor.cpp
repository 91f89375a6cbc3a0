// ClaudeSettingsEditor against real files in a temporary folder: on/off round trips give the same bytes, the rest
// of the user's file is never disturbed, invalid files are never written, and a concurrent edit is not clobbered.
#include "claude/claudesettingseditor.h"
#include "core/proxysettings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString BaseUrl = u"ANTHROPIC_BASE_URL"_s;
const QString Token = u"ANTHROPIC_AUTH_TOKEN"_s;
const QString Opus = u"ANTHROPIC_DEFAULT_OPUS_MODEL"_s;
const QString Haiku = u"ANTHROPIC_DEFAULT_HAIKU_MODEL"_s;
const QString ClientKey = u"cb-client-key-0123456789abcdef"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

ClaudeSettingsEditor::Target target(bool mapping, const QString &clientKey = ClientKey, quint16 port = 8081)
{
    ProxySettings settings;
    settings.port = port;
    settings.clientKey = clientKey;
    if (mapping) {
        settings.modelMapper.setFamilyTarget(ModelMapper::Family::Opus, u"gpt-5.4"_s);
        settings.modelMapper.setFamilyTarget(ModelMapper::Family::Haiku, u"gpt-5.4-nano"_s);
    }
    return ClaudeSettingsEditor::Target::fromSettings(settings);
}

QJsonObject envOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object().value(u"env"_s).toObject();
}

// The document without the env keys the editor manages: what must never change.
QJsonObject withoutManaged(const QByteArray &bytes)
{
    QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    QJsonObject env = doc.value(u"env"_s).toObject();
    for (const QString &key : ClaudeSettingsEditor::managedKeys())
        env.remove(key);
    if (env.isEmpty())
        doc.remove(u"env"_s);
    else
        doc.insert(u"env"_s, env);
    return doc;
}
} // namespace

class TestClaudeSettingsEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_case = 0;
    QString m_configDir;
    QString m_settingsPath;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // A fresh pair of folders per test: the restore file must start empty.
        ++m_case;
        m_configDir = m_dir.filePath(u"config-%1"_s.arg(m_case));
        m_settingsPath = m_dir.filePath(u"claude-%1/settings.json"_s.arg(m_case));
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<bool>("mapping");
        QTest::addColumn<QString>("clientKey");

        const QByteArray pretty = "{\n  \"permissions\": {\n    \"allow\": [\"Bash(npm test)\"]\n  },\n"
                                  "  \"model\": \"opus\",\n  \"alwaysThinkingEnabled\": true\n}\n";
        const QByteArray userValues = "{\n  \"env\": {\n    \"ANTHROPIC_AUTH_TOKEN\": \"sk-ant-user-secret-token-xyz\",\n"
                                      "    \"DISABLE_TELEMETRY\": \"1\",\n    \"ANTHROPIC_BASE_URL\": \"https://gw.example.com/v1\",\n"
                                      "    \"ANTHROPIC_DEFAULT_OPUS_MODEL\": \"claude-opus-4-1\"\n  },\n  \"theme\": \"dark\"\n}\n";
        QTest::newRow("missing file") << false << QByteArray() << false << ClientKey;
        QTest::newRow("missing file, mapping, no key") << false << QByteArray() << true << QString();
        QTest::newRow("empty object") << true << QByteArray("{}\n") << false << ClientKey;
        QTest::newRow("blank file") << true << QByteArray("  \n") << false << ClientKey;
        QTest::newRow("other keys, no env") << true << pretty << false << ClientKey;
        QTest::newRow("other keys, mapping") << true << pretty << true << ClientKey;
        QTest::newRow("env without our keys")
            << true << QByteArray("{\n  \"env\": {\n    \"DISABLE_TELEMETRY\": \"1\"\n  }\n}") << true << ClientKey;
        QTest::newRow("empty env") << true << QByteArray("{\"env\": {}, \"z\": 0}") << false << ClientKey;
        QTest::newRow("user values") << true << userValues << false << ClientKey;
        QTest::newRow("user values, mapping") << true << userValues << true << QString();
        QTest::newRow("user value with escapes")
            << true << QByteArray("{\"env\":{\"ANTHROPIC_BASE_URL\":\"https:\\/\\/x.example\",\"A\":\"\\u00e9\"}}") << true
            << ClientKey;
        QTest::newRow("compact") << true << QByteArray("{\"a\":1,\"b\":[1,2]}") << false << ClientKey;
        QTest::newRow("CRLF, tabs") << true << QByteArray("{\r\n\t\"a\": 1\r\n}\r\n") << true << ClientKey;
        QTest::newRow("already ours")
            << true << QByteArray("{\"env\": {\"ANTHROPIC_BASE_URL\": \"http://127.0.0.1:8081\"}}") << false << ClientKey;
    }

    void roundTrip()
    {
        QFETCH(bool, exists);
        QFETCH(QByteArray, original);
        QFETCH(bool, mapping);
        QFETCH(QString, clientKey);
        if (exists)
            writeAll(m_settingsPath, original);
        const ClaudeSettingsEditor::Target wanted = target(mapping, clientKey);
        ClaudeSettingsEditor editor(m_configDir, m_settingsPath);
        QCOMPARE(editor.status(wanted).state, original.contains("127.0.0.1:8081") ? ClaudeSettingsEditor::State::Outdated
                                                                                   : ClaudeSettingsEditor::State::Off);

        QVERIFY2(editor.enable(wanted), qPrintable(editor.errorString()));
        QCOMPARE(editor.error(), ClaudeSettingsEditor::Error::None);
        const QByteArray on = readAll(m_settingsPath);
        const QJsonObject env = envOf(on);
        QCOMPARE(env.value(BaseUrl).toString(), u"http://127.0.0.1:8081"_s);
        QCOMPARE(env.value(Token).toString(), clientKey.isEmpty() ? ClaudeSettingsEditor::placeholderToken() : clientKey);
        if (mapping) {
            QCOMPARE(env.value(Opus).toString(), u"gpt-5.4"_s);
            QCOMPARE(env.value(Haiku).toString(), u"gpt-5.4-nano"_s);
        }
        // Sonnet's mapping is the default: not written, the user's value (if any) untouched.
        QCOMPARE(env.value(u"ANTHROPIC_DEFAULT_SONNET_MODEL"_s), envOf(original).value(u"ANTHROPIC_DEFAULT_SONNET_MODEL"_s));
        if (!mapping)
            QCOMPARE(env.value(Opus), envOf(original).value(Opus));
        QCOMPARE(withoutManaged(on), withoutManaged(original.trimmed().isEmpty() ? "{}" : original));
        // Text outside the env object is untouched.
        if (exists && original.contains("\"theme\""))
            QVERIFY(on.endsWith("  },\n  \"theme\": \"dark\"\n}\n"));

        const ClaudeSettingsEditor::Status status = editor.status(wanted);
        QCOMPARE(status.state, ClaudeSettingsEditor::State::On);
        QVERIFY(status.exists);
        QVERIFY(status.restoreSaved);
        if (!clientKey.isEmpty())
            QVERIFY(!status.values.value(Token).contains(clientKey));

        // "on" again changes nothing.
        QVERIFY(editor.enable(wanted));
        QCOMPARE(readAll(m_settingsPath), on);

        QVERIFY2(editor.disable(wanted), qPrintable(editor.errorString()));
        QCOMPARE(editor.notes(), QStringList());
        QCOMPARE(QFile::exists(m_settingsPath), exists);
        if (exists)
            QCOMPARE(readAll(m_settingsPath), original);
        QVERIFY(!editor.status(wanted).restoreSaved);
        QVERIFY(!QFile::exists(QDir(m_configDir).filePath(ClaudeSettingsEditor::restoreFileName())));
    }

    // A second "on" with other values (new client key, mapping dropped) keeps the values saved by the first.
    void changingTargetKeepsOriginal()
    {
        const QByteArray original = "{\n  \"env\": {\n    \"ANTHROPIC_DEFAULT_OPUS_MODEL\": \"claude-opus-4-1\",\n"
                                    "    \"ANTHROPIC_AUTH_TOKEN\": \"mine-0123456789abcdef\"\n  }\n}\n";
        writeAll(m_settingsPath, original);
        ClaudeSettingsEditor editor(m_configDir, m_settingsPath);
        QVERIFY(editor.enable(target(true)));
        QCOMPARE(envOf(readAll(m_settingsPath)).value(Opus).toString(), u"gpt-5.4"_s);
        QCOMPARE(editor.status(target(true, u"another-key-0123456789"_s)).state, ClaudeSettingsEditor::State::Outdated);

        const ClaudeSettingsEditor::Target second = target(false, u"another-key-0123456789"_s, 9000);
        QVERIFY(editor.enable(second));
        const QJsonObject env = envOf(readAll(m_settingsPath));
        QCOMPARE(env.value(Opus).toString(), u"claude-opus-4-1"_s); // the mapping was dropped: the user's value again
        QVERIFY(!env.contains(Haiku));
        QCOMPARE(env.value(Token).toString(), u"another-key-0123456789"_s);
        QCOMPARE(env.value(BaseUrl).toString(), u"http://127.0.0.1:9000"_s);
        QCOMPARE(editor.status(second).state, ClaudeSettingsEditor::State::On);
        QCOMPARE(editor.status(target(false)).state, ClaudeSettingsEditor::State::Off); // other port

        QVERIFY(editor.disable(second));
        QCOMPARE(readAll(m_settingsPath), original);
    }

    // A value changed by hand while on is the user's: "off" leaves it and says so; the rest is restored.
    void handEditSurvivesOff()
    {
        writeAll(m_settingsPath, "{\"env\": {\"ANTHROPIC_AUTH_TOKEN\": \"theirs-0123456789abcdef\"}}");
        ClaudeSettingsEditor editor(m_configDir, m_settingsPath);
        QVERIFY(editor.enable(target(false)));
        QByteArray edited = readAll(m_settingsPath);
        edited.replace("http://127.0.0.1:8081", "http://other-proxy.example:1234");
        writeAll(m_settingsPath, edited);
        QCOMPARE(editor.status(target(false)).state, ClaudeSettingsEditor::State::Off);
        QVERIFY(editor.disable(target(false)));
        QCOMPARE(editor.notes().size(), 1);
        QVERIFY(editor.notes().constFirst().contains(BaseUrl));
        const QJsonObject env = envOf(readAll(m_settingsPath));
        QCOMPARE(env.value(BaseUrl).toString(), u"http://other-proxy.example:1234"_s);
        QCOMPARE(env.value(Token).toString(), u"theirs-0123456789abcdef"_s);
    }

    // Pointed at us without saved values (by hand, or by another tool): "off" removes our entries only.
    void offWithoutSavedValues()
    {
        const QByteArray original = "{\"env\": {\"ANTHROPIC_BASE_URL\": \"http://localhost:8081/\", \"ANTHROPIC_AUTH_TOKEN\": "
                                    "\"something-else-entirely\", \"X\": \"1\"}}";
        writeAll(m_settingsPath, original);
        ClaudeSettingsEditor editor(m_configDir, m_settingsPath);
        QCOMPARE(editor.status(target(false)).state, ClaudeSettingsEditor::State::Outdated);
        QVERIFY(editor.disable(target(false)));
        QCOMPARE(editor.notes().size(), 1);
        QCOMPARE(readAll(m_settingsPath),
                 QByteArray("{\"env\": {\"ANTHROPIC_AUTH_TOKEN\": \"something-else-entirely\", \"X\": \"1\"}}"));
        // Not pointed at us: nothing to do, nothing written.
        QVERIFY(editor.disable(target(false)));
        QVERIFY(editor.notes().isEmpty());
    }

    void invalidFileUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::newRow("trailing comma") << QByteArray("{\n  \"env\": {\n    \"A\": \"1\",\n  }\n}\n") << u"line 4"_s;
        QTest::newRow("comment") << QByteArray("{\n  // mine\n  \"model\": \"opus\"\n}\n") << u"line 2"_s;
        QTest::newRow("truncated") << QByteArray("{\"env\": {\"A\": ") << u"line 1"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("env is a string") << QByteArray("{\"env\": \"A=1\"}") << u"“env” is not an object"_s;
    }

    void invalidFileUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        writeAll(m_settingsPath, content);
        ClaudeSettingsEditor editor(m_configDir, m_settingsPath);
        for (bool on : {true, false}) {
            QVERIFY(!(on ? editor.enable(target(false)) : editor.disable(target(false))));
            QCOMPARE(editor.error(), ClaudeSettingsEditor::Error::InvalidFile);
            QVERIFY2(editor.errorString().contains(QDir::toNativeSeparators(m_settingsPath)), qPrintable(editor.errorString()));
            QVERIFY2(editor.errorString().contains(where), qPrintable(editor.errorString()));
            QCOMPARE(readAll(m_settingsPath), content);
        }
        QVERIFY(!QFile::exists(editor.backupPath()));
        QVERIFY(!QFile::exists(QDir(m_configDir).filePath(ClaudeSettingsEditor::restoreFileName())));
        const ClaudeSettingsEditor::Status status = editor.status(target(false));
        QCOMPARE(status.state, ClaudeSettingsEditor::State::Invalid);
        QVERIFY(status.error.contains(where));
    }

    void missingFolderCreated()
    {
        const QString deep = m_dir.filePath(u"no/such/folder-%1/settings.json"_s.arg(m_case));
        ClaudeSettingsEditor editor(m_configDir, deep);
        QCOMPARE(editor.status(target(false)).exists, false);
        QVERIFY2(editor.enable(target(false)), qPrintable(editor.errorString()));
        QVERIFY(QFile::exists(deep));
        // It holds the client key: owner-only.
        QCOMPARE(QFile(deep).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QCOMPARE(QFile(QDir(m_configDir).filePath(ClaudeSettingsEditor::restoreFileName())).permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(!QFile::exists(editor.backupPath())); // nothing was there to back up
        QVERIFY(editor.disable(target(false)));
        QVERIFY(!QFile::exists(deep));
        QVERIFY(!QFile::exists(editor.backupPath())); // what it held was ours alone
    }

    void backupWritten()
    {
        const QByteArray original = "{\"theme\": \"light\"}\n";
        writeAll(m_settingsPath, original);
        ClaudeSettingsEditor editor(m_configDir, m_settingsPath);
        QCOMPARE(editor.backupPath(), m_settingsPath + u".codex-bridge.bak"_s);
        QVERIFY(editor.enable(target(false)));
        QCOMPARE(readAll(editor.backupPath()), original);
        const QByteArray on = readAll(m_settingsPath);
        QVERIFY(editor.disable(target(false)));
        QCOMPARE(readAll(editor.backupPath()), on);
        QCOMPARE(readAll(m_settingsPath), original);
    }

    void concurrentEditDetected_data()
    {
        QTest::addColumn<bool>("on");
        QTest::addColumn<bool>("removeFile");
        QTest::newRow("on, file rewritten") << true << false;
        QTest::newRow("on, file removed") << true << true;
        QTest::newRow("off, file rewritten") << false << false;
    }

    void concurrentEditDetected()
    {
        QFETCH(bool, on);
        QFETCH(bool, removeFile);
        const QByteArray original = "{\"model\": \"opus\"}";
        writeAll(m_settingsPath, original);
        ClaudeSettingsEditor editor(m_configDir, m_settingsPath);
        if (!on)
            QVERIFY(editor.enable(target(false)));
        const QByteArray before = readAll(m_settingsPath);
        const QByteArray external = "{\"model\": \"sonnet\", \"edited\": \"elsewhere\"}";
        editor.setBeforeCommitHook([&] {
            if (removeFile)
                QFile::remove(m_settingsPath);
            else
                writeAll(m_settingsPath, external);
        });
        QVERIFY(!(on ? editor.enable(target(false)) : editor.disable(target(false))));
        QCOMPARE(editor.error(), ClaudeSettingsEditor::Error::ConcurrentEdit);
        QVERIFY(editor.errorString().contains(QDir::toNativeSeparators(m_settingsPath)));
        if (removeFile)
            QVERIFY(!QFile::exists(m_settingsPath));
        else
            QCOMPARE(readAll(m_settingsPath), external);
        // "On" that did not happen leaves no saved values behind; a failed "off" keeps them.
        editor.setBeforeCommitHook({});
        QCOMPARE(editor.status(target(false)).restoreSaved, !on);
        QVERIFY(before != external);
    }

    void claudeConfigDirHonoured()
    {
        const QString dir = m_dir.filePath(u"custom-claude-%1"_s.arg(m_case));
        qputenv("CLAUDE_CONFIG_DIR", dir.toUtf8());
        QCOMPARE(ClaudeSettingsEditor::defaultSettingsPath(), QDir(dir).filePath(u"settings.json"_s));
        ClaudeSettingsEditor editor(m_configDir);
        QCOMPARE(editor.settingsPath(), QDir(dir).filePath(u"settings.json"_s));
        QVERIFY(editor.enable(target(false)));
        QVERIFY(QFile::exists(QDir(dir).filePath(u"settings.json"_s)));
        QVERIFY(editor.disable(target(false)));

        qunsetenv("CLAUDE_CONFIG_DIR");
        const QByteArray home = qgetenv("HOME");
        qputenv("HOME", m_dir.filePath(u"home"_s).toUtf8());
        QCOMPARE(ClaudeSettingsEditor::defaultSettingsPath(), m_dir.filePath(u"home/.claude/settings.json"_s));
        qputenv("HOME", home);
    }

    void targetFromSettings_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("listening");
        QTest::addColumn<QString>("clientKey");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("token");
        QTest::newRow("defaults") << u"127.0.0.1"_s << 8081 << 0 << QString() << u"http://127.0.0.1:8081"_s
                                  << u"codex-bridge"_s;
        QTest::newRow("localhost") << u"localhost"_s << 9000 << 0 << u"k"_s << u"http://127.0.0.1:9000"_s << u"k"_s;
        QTest::newRow("any IPv4") << u"0.0.0.0"_s << 8081 << 0 << u"k"_s << u"http://127.0.0.1:8081"_s << u"k"_s;
        QTest::newRow("any IPv6") << u"::"_s << 8081 << 0 << u"k"_s << u"http://[::1]:8081"_s << u"k"_s;
        QTest::newRow("IPv6 loopback") << u"::1"_s << 8081 << 0 << QString() << u"http://[::1]:8081"_s << u"codex-bridge"_s;
        QTest::newRow("LAN address") << u"192.168.1.5"_s << 8081 << 0 << u"k"_s << u"http://192.168.1.5:8081"_s << u"k"_s;
        QTest::newRow("port 0, listening") << u"127.0.0.1"_s << 0 << 43210 << QString() << u"http://127.0.0.1:43210"_s
                                           << u"codex-bridge"_s;
    }

    void targetFromSettings()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(int, listening);
        QFETCH(QString, clientKey);
        QFETCH(QString, baseUrl);
        QFETCH(QString, token);
        ProxySettings settings;
        settings.host = host;
        settings.port = quint16(port);
        settings.clientKey = clientKey;
        const auto wanted = ClaudeSettingsEditor::Target::fromSettings(settings, quint16(listening));
        QCOMPARE(wanted.baseUrl, baseUrl);
        QCOMPARE(wanted.authToken, token);
        QCOMPARE(wanted.entries().keys(), (QStringList{Token, BaseUrl})); // no mapping chosen: no model entries
    }

    void maskToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("shown");
        QTest::newRow("placeholder") << u"codex-bridge"_s << u"codex-bridge"_s;
        QTest::newRow("short") << u"abc123"_s << u"****"_s;
        QTest::newRow("long") << u"sk-ant-api03-abcdefghijklmnop"_s << u"sk-…mnop"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void maskToken()
    {
        QFETCH(QString, token);
        QFETCH(QString, shown);
        QCOMPARE(ClaudeSettingsEditor::maskToken(token), shown);
    }
};

QTEST_GUILESS_MAIN(TestClaudeSettingsEditor)
#include "tst_claudesettingseditor.moc"
