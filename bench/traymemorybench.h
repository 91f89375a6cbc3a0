#pragma once

#include <QString>

class BenchReport;

// bench_load tray: resident memory of the tray application (`codex-bridge` without a command) while idle, before
// its dashboard is opened, beside the smallest Qt tray application (bench_traybaseline: a QApplication with one
// QSystemTrayIcon) measured in the same run; whether Qt WebEngine or an OpenGL driver is mapped in the tray; and
// the tray's and the dashboard window process's memory once the dashboard is open. Needs a display with a system
// tray: bench/run runs it inside tests/auto/ui/run-with-tray.sh (Xvfb + trayer).
class TrayMemoryBench
{
public:
    struct Options
    {
        QString bridge;   // codex-bridge
        QString baseline; // bench_traybaseline
        int settleSeconds = 5;
    };
    static void run(BenchReport &report, const Options &options);
};
