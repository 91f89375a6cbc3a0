#include "traymemorybench.h"

#include "benchreport.h"
#include "processstats.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>

namespace {

void progress(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

QString mb(qint64 kb)
{
    return kb < 0 ? QStringLiteral("?") : QStringLiteral("%1 MB").arg(double(kb) / 1024.0, 0, 'f', 1);
}

// Reads the process's (merged) output into *log until it contains `needle`.
void waitForOutput(QProcess &process, const QByteArray &needle, int timeoutMs, QByteArray *log, const QString &what)
{
    QElapsedTimer clock;
    clock.start();
    while (!log->contains(needle)) {
        if (process.state() == QProcess::NotRunning)
            BenchReport::fatal(QStringLiteral("%1 exited before '%2':\n%3").arg(what, QString::fromUtf8(needle), QString::fromUtf8(*log)));
        if (clock.elapsed() > timeoutMs)
            BenchReport::fatal(QStringLiteral("%1: no '%2' within %3 s:\n%4")
                                   .arg(what, QString::fromUtf8(needle)).arg(timeoutMs / 1000).arg(QString::fromUtf8(*log)));
        process.waitForReadyRead(100);
        log->append(process.readAll());
    }
}

void stop(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

// What must not be in the tray before the dashboard is opened: Qt WebEngine and what it brings, and any OpenGL
// implementation (glvnd's dispatch stubs libGLX/libEGL/libOpenGL are linked by Qt Gui itself and stay).
QStringList heavyLibraries(qint64 pid)
{
    static const QRegularExpression heavy(
        QStringLiteral("libQt6WebEngine|libQt6Quick|libQt6Qml|libQt6OpenGL|xcbglintegrations|libGLX_|libEGL_|_dri\\.so|libLLVM|libgallium"));
    QStringList found;
    for (const QString &library : ProcessStats::mappedLibraries(pid)) {
        if (heavy.match(library).hasMatch())
            found.append(QFileInfo(library).fileName());
    }
    return found;
}

} // namespace

void TrayMemoryBench::run(BenchReport &report, const Options &options)
{
    const unsigned long settle = (unsigned long)(options.settleSeconds);

    progress(QStringLiteral("tray: baseline %1").arg(options.baseline));
    QProcess baseline;
    baseline.setProcessChannelMode(QProcess::MergedChannels);
    baseline.start(options.baseline, {});
    QByteArray baselineLog;
    waitForOutput(baseline, "ready", 30000, &baselineLog, QStringLiteral("bench_traybaseline"));
    QThread::sleep(settle);
    const qint64 baselineKb = ProcessStats::residentKb(baseline.processId());
    stop(baseline);

    progress(QStringLiteral("tray: %1 --port 0").arg(options.bridge));
    QProcess tray;
    tray.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("codexbridge.ui.info=true"));
    tray.setProcessEnvironment(environment);
    tray.start(options.bridge, {QStringLiteral("--port"), QStringLiteral("0")});
    QByteArray trayLog;
    waitForOutput(tray, "proxy listening on", 30000, &trayLog, QStringLiteral("the tray app"));
    QThread::sleep(settle);
    const qint64 trayKb = ProcessStats::residentKb(tray.processId());
    const QStringList heavyBefore = heavyLibraries(tray.processId());

    // Open dashboard, as a second start does it (it asks the running tray to show the dashboard).
    QProcess second;
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(options.bridge, {QStringLiteral("--port"), QStringLiteral("0")});
    if (!second.waitForFinished(30000) || second.exitCode() != 0)
        BenchReport::fatal(QStringLiteral("the second start of the tray app did not hand over"));
    waitForOutput(tray, "dashboard page loaded", 90000, &trayLog, QStringLiteral("the tray app's dashboard"));
    QThread::sleep(2);
    const qint64 trayOpenKb = ProcessStats::residentKb(tray.processId());
    qint64 dashboardKb = -1;
    for (const qint64 child : ProcessStats::children(tray.processId())) {
        if (QFileInfo(QStringLiteral("/proc/%1/exe").arg(child)).symLinkTarget().endsWith(QLatin1String("codex-bridge-dashboard")))
            dashboardKb = ProcessStats::residentKb(child);
    }
    const QStringList heavyOpen = heavyLibraries(tray.processId());
    stop(tray);

    const QString label = QStringLiteral("tray app (`codex-bridge` without a command, one account, fake upstream) on Xvfb + trayer");
    report.addRow(QStringLiteral("memory"), label + QStringLiteral(", before the dashboard is opened"),
                  QStringLiteral("idle RSS %1 s after the proxy listens; Qt WebEngine / OpenGL driver mapped: %2")
                      .arg(options.settleSeconds)
                      .arg(heavyBefore.isEmpty() ? QStringLiteral("none") : heavyBefore.join(QStringLiteral(", "))),
                  mb(trayKb),
                  QStringLiteral("a bare QApplication with one QSystemTrayIcon (bench_traybaseline): ") + mb(baselineKb),
                  QStringLiteral("< 80 MB"));
    report.addRow(QStringLiteral("memory"), label + QStringLiteral(", dashboard open (page loaded)"),
                  QStringLiteral("RSS of the tray / of the dashboard window process (codex-bridge-dashboard); mapped in the tray: %1")
                      .arg(heavyOpen.isEmpty() ? QStringLiteral("none") : heavyOpen.join(QStringLiteral(", "))),
                  QStringLiteral("%1 / %2").arg(mb(trayOpenKb), mb(dashboardKb)), QString(), QStringLiteral("report"));
    progress(QStringLiteral("tray: idle %1 (baseline %2); dashboard open: tray %3, window process %4")
                 .arg(mb(trayKb), mb(baselineKb), mb(trayOpenKb), mb(dashboardKb)));
}
