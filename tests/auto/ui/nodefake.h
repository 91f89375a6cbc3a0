#pragma once
// Starts one of the node fakes of tests/fakes/ for the UI tests; each prints "listening on <url>" when ready.
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

// The fake's base URL ("http://127.0.0.1:PORT"); empty and *error when it did not start.
inline QString startNodeFake(QProcess &process, const QString &script, const QStringList &arguments, QString *error)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        *error = QStringLiteral("node is needed for the fakes (install-deps.sh --test)");
        return {};
    }
    process.setProgram(node);
    process.setArguments(QStringList{QStringLiteral(CODEXBRIDGE_TEST_DATA_DIR "/../../fakes/") + script} + arguments);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start();
    if (!process.waitForStarted()
        || !QTest::qWaitFor([&process] { return process.canReadLine() || process.state() != QProcess::Running; }, 15000)) {
        *error = script + QStringLiteral(" did not start");
        return {};
    }
    const QByteArray line = process.readLine().trimmed();
    if (!line.startsWith("listening on ")) {
        *error = script + QStringLiteral(": ") + QString::fromUtf8(line);
        return {};
    }
    return QString::fromLatin1(line.mid(int(qstrlen("listening on "))));
}
