#pragma once

// `codex-bridge` with no command (or only --host/--port/--client-key): the tray application.
class TrayCommand
{
public:
    // Creates the QApplication itself (the command-line verbs use QCoreApplication).
    static int run(int argc, char *argv[]);
    // True when `firstArgument` starts the tray rather than naming a command.
    static bool isTrayInvocation(const char *firstArgument);
};
