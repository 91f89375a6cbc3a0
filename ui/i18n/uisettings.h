#pragma once

#include <QCoreApplication>
#include <QString>

// Settings of the user interface only (the proxy's are in ProxySettings): the language. Kept in ui.json in the
// config folder, written atomically.
class UiSettings
{
    Q_DECLARE_TR_FUNCTIONS(UiSettings)

public:
    static QString fileName() { return QStringLiteral("ui.json"); }

    // A locale name such as "de" or "zh_CN"; empty: follow the system.
    QString language;

    // A missing file gives the defaults and true; an unreadable one the defaults, false and errorString().
    bool load(const QString &configDir);
    bool save(const QString &configDir);
    QString errorString() const { return m_errorString; }

private:
    QString m_errorString;
};
