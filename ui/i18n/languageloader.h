#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

// Installs the translations of the application (compiled in from translations/) and of Qt itself for a language:
// the one chosen in the settings, else the system's. Switching at run time re-translates open windows
// (QEvent::LanguageChange).
class LanguageLoader
{
    Q_DECLARE_TR_FUNCTIONS(LanguageLoader)

public:
    struct Language
    {
        QString code;       // "de", "zh_CN"; "" for the system language
        QString nativeName; // "Deutsch", "简体中文"
    };
    // The languages shipped, English first, "system" not included.
    static QList<Language> available();

    LanguageLoader() = default;
    ~LanguageLoader();
    Q_DISABLE_COPY_MOVE(LanguageLoader)

    // `code` empty: the system's UI languages. Returns the language actually loaded ("en" when none matched).
    QString apply(const QString &code);

private:
    void removeInstalled();

    QList<QTranslator *> m_installed;
};
