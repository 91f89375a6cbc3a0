#pragma once

#include <QStringList>

// `codex-bridge serve`: the headless proxy.
class ServeCommand
{
public:
    static int run(const QStringList &arguments);
};
