#pragma once

#include <QtGlobal>

// The process's limit on open files. Every client connection and every upstream request holds a descriptor, and
// the usual soft limit (1024 on Linux) is far below what a busy proxy can need, while the hard limit usually
// allows much more.
class OpenFileLimit
{
public:
    // Raises the soft limit to the hard limit (capped at a sane maximum). Returns the soft limit in effect
    // afterwards, or -1 where there is no such limit (Windows) or it cannot be read.
    static qint64 raiseToHardLimit();
    static qint64 current();
};
