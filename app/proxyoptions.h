#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

class ProxySettings;

// The options `serve` and the tray application share (--host, --port, --client-key), and how they override the
// saved settings.
class ProxyOptions
{
public:
    ProxyOptions();
    void addTo(QCommandLineParser *parser) const;
    // Applies the options given (and CODEX_BRIDGE_CLIENT_KEY) to `settings`. False with `*error` when a value is
    // invalid or the combination is unsafe (a non-loopback address without a client key).
    bool apply(const QCommandLineParser &parser, ProxySettings *settings, QString *error) const;

private:
    QCommandLineOption m_host;
    QCommandLineOption m_port;
    QCommandLineOption m_clientKey;
};
