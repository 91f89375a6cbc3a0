#include "languageloader.h"

#include "uilogging.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace {
// The .qm files qt_add_translations() compiles into the binary (translations/CMakeLists.txt).
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("codexbridge");
} // namespace

LanguageLoader::~LanguageLoader()
{
    removeInstalled();
}

QList<LanguageLoader::Language> LanguageLoader::available()
{
    // Native names are not translated: a user looks for their own language by its own name.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

void LanguageLoader::removeInstalled()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

QString LanguageLoader::apply(const QString &code)
{
    removeInstalled();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);

    // English is the source language: nothing to load, but Qt's own strings may still be translated below.
    auto *app = new QTranslator;
    QString loaded = QStringLiteral("en");
    if (app->load(locale, kPrefix, QStringLiteral("_"), kResourceDir)) {
        QCoreApplication::installTranslator(app);
        m_installed.append(app);
        loaded = app->language();
    } else {
        delete app;
    }
    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_installed.append(qt);
    } else {
        delete qt;
    }
    qCInfo(lcUi).noquote() << "language:" << loaded;
    return loaded;
}
