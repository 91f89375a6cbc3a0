#include "proxysettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

bool ProxySettings::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool ProxySettings::isValidRotation(const QString &rotation)
{
    return rotation == QLatin1String("off") || rotation == QLatin1String("sticky")
        || rotation == QLatin1String("round-robin");
}

bool ProxySettings::load(const QString &configDir)
{
    m_errorString.clear();
    m_warnings.clear();
    m_unparsable = false;
    QFile file(QDir(configDir).filePath(fileName()));
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = QCoreApplication::translate("ProxySettings", "Cannot read %1: %2")
                            .arg(file.fileName(), file.errorString());
        m_unparsable = true;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        m_errorString = QCoreApplication::translate("ProxySettings", "%1 is not valid JSON (%2); using defaults "
                                                                     "and leaving the file untouched.")
                            .arg(file.fileName(), parseError.errorString());
        m_unparsable = true;
        return false;
    }
    const QJsonObject json = doc.object();
    if (json.value(QLatin1String("host")).isString())
        host = json.value(QLatin1String("host")).toString();
    const int p = json.value(QLatin1String("port")).toInt(-1);
    if (p > 0 && p < 65536)
        port = quint16(p);
    else if (json.contains(QLatin1String("port")))
        m_warnings << QCoreApplication::translate("ProxySettings", "Ignoring invalid port in %1").arg(file.fileName());
    clientKey = json.value(QLatin1String("clientKey")).toString();
    systemAsInstructions = json.value(QLatin1String("systemAsInstructions")).toBool(false);
    const QJsonValue rotationValue = json.value(QLatin1String("rotation"));
    if (rotationValue.isString() && isValidRotation(rotationValue.toString()))
        rotation = rotationValue.toString();
    else if (!rotationValue.isUndefined())
        m_warnings << QCoreApplication::translate("ProxySettings",
                                                  "Ignoring invalid rotation in %1 (expected off, sticky or "
                                                  "round-robin)")
                          .arg(file.fileName());
    if (json.value(QLatin1String("modelMapping")).isObject()) {
        QStringList problems;
        modelMapper = ModelMapper::fromJson(json.value(QLatin1String("modelMapping")).toObject(), &problems);
        m_warnings << problems;
    }
    return true;
}

bool ProxySettings::save(const QString &configDir)
{
    if (m_unparsable) {
        m_errorString = QCoreApplication::translate("ProxySettings",
                                                    "Not saving settings: the existing file could not be read.");
        return false;
    }
    if (!QDir().mkpath(configDir)) {
        m_errorString = QCoreApplication::translate("ProxySettings", "Cannot create %1").arg(configDir);
        return false;
    }
    QJsonObject json{{QStringLiteral("host"), host},
                     {QStringLiteral("port"), int(port)},
                     {QStringLiteral("modelMapping"), modelMapper.toJson()},
                     {QStringLiteral("systemAsInstructions"), systemAsInstructions},
                     {QStringLiteral("rotation"), rotation}};
    if (!clientKey.isEmpty())
        json.insert(QStringLiteral("clientKey"), clientKey);
    QSaveFile file(QDir(configDir).filePath(fileName()));
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = file.errorString();
        return false;
    }
    // The client key is a credential: owner-only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_errorString = file.errorString();
        return false;
    }
    return true;
}
