#include "uisettings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

bool UiSettings::load(const QString &configDir)
{
    m_errorString.clear();
    QFile file(QDir(configDir).filePath(fileName()));
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        m_errorString = tr("%1 is not valid JSON (%2); using the defaults.")
                            .arg(QDir::toNativeSeparators(file.fileName()), error.errorString());
        return false;
    }
    language = doc.object().value(QLatin1String("language")).toString();
    return true;
}

bool UiSettings::save(const QString &configDir)
{
    m_errorString.clear();
    if (!QDir().mkpath(configDir)) {
        m_errorString = tr("Could not create %1.").arg(QDir::toNativeSeparators(configDir));
        return false;
    }
    QSaveFile file(QDir(configDir).filePath(fileName()));
    const QByteArray content = QJsonDocument(QJsonObject{{QStringLiteral("language"), language}}).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        m_errorString = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}
