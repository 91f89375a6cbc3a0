#pragma once

#include "models/modelmapper.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

// The user's proxy settings, kept in settings.json in the config dir (the same folder as the accounts):
//   {"host":"127.0.0.1","port":8081,"clientKey":"...","modelMapping":{...},"systemAsInstructions":false,
//    "rotation":"off"}
// A file that exists but cannot be parsed is never overwritten; the defaults are used and errorString() says why.
class ProxySettings
{
public:
    static constexpr quint16 DefaultPort = 8081;
    static QString defaultHost() { return QStringLiteral("127.0.0.1"); }
    static QString fileName() { return QStringLiteral("settings.json"); }

    QString host = defaultHost();
    quint16 port = DefaultPort;
    // Required from clients when set; required to be set when binding to a non-loopback address.
    QString clientKey;
    ModelMapper modelMapper;
    // Send the client's system prompt as `instructions` instead of a leading developer message.
    bool systemAsInstructions = false;
    // Account routing: "off" (the active account only), "sticky" (a session stays on one account until it is
    // exhausted or failing) or "round-robin" (the next usable account per request). See AccountRouter.
    QString rotation = defaultRotation();
    static QString defaultRotation() { return QStringLiteral("off"); }
    static bool isValidRotation(const QString &rotation);

    // Reads `configDir`/settings.json; a missing file gives the defaults and true.
    bool load(const QString &configDir);
    // Writes atomically (QSaveFile). Refuses when load() found a file it could not parse.
    bool save(const QString &configDir);
    QString errorString() const { return m_errorString; }
    QStringList warnings() const { return m_warnings; }

    // A literal loopback address or "localhost".
    static bool isLoopbackHost(const QString &host);

private:
    QString m_errorString;
    QStringList m_warnings;
    bool m_unparsable = false;
};
