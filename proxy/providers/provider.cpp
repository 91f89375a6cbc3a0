#include "provider.h"

#include "upstream/upstreamconfig.h"

#include <QJsonArray>
#include <QRegularExpression>

QUrl Provider::chatCompletionsUrl() const
{
    return UpstreamConfig::joined(baseUrl, QStringLiteral("/chat/completions"));
}

QUrl Provider::modelsUrl() const
{
    return UpstreamConfig::joined(baseUrl, QStringLiteral("/models"));
}

QJsonObject Provider::toJson() const
{
    QJsonObject headerJson;
    for (const auto &[headerName, value] : headers)
        headerJson.insert(QString::fromLatin1(headerName), QString::fromUtf8(value));
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("baseUrl"), baseUrl.toString()},
                       {QStringLiteral("headers"), headerJson},
                       {QStringLiteral("models"), QJsonArray::fromStringList(models)}};
}

Provider Provider::fromJson(const QJsonObject &json, QString *error)
{
    Provider provider;
    provider.name = json.value(QLatin1String("name")).toString().trimmed();
    provider.id = json.value(QLatin1String("id")).toString().trimmed().toLower();
    if (provider.id.isEmpty())
        provider.id = idFromName(provider.name);
    if (provider.name.isEmpty())
        provider.name = provider.id;
    provider.baseUrl = QUrl(json.value(QLatin1String("baseUrl")).toString().trimmed(), QUrl::StrictMode);
    const QJsonObject headerJson = json.value(QLatin1String("headers")).toObject();
    for (auto it = headerJson.constBegin(); it != headerJson.constEnd(); ++it)
        provider.headers.append({it.key().trimmed().toLatin1(), it.value().toString().toUtf8()});
    for (const QJsonValue &model : json.value(QLatin1String("models")).toArray()) {
        const QString m = model.toString().trimmed();
        if (!m.isEmpty() && !provider.models.contains(m))
            provider.models << m;
    }
    const QString problem = provider.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return Provider();
    }
    return provider;
}

QString Provider::validate() const
{
    if (!isValidId(id))
        return tr("A provider needs a name or an id made of letters, digits, '-' and '_'.");
    if (!baseUrl.isValid() || (baseUrl.scheme() != QLatin1String("http") && baseUrl.scheme() != QLatin1String("https"))
        || baseUrl.host().isEmpty())
        return tr("The base URL of provider %1 must be an http(s) URL such as http://127.0.0.1:11434/v1.").arg(id);
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    for (const auto &[headerName, value] : headers) {
        if (!token.match(QString::fromLatin1(headerName)).hasMatch() || value.contains('\n') || value.contains('\r'))
            return tr("Provider %1 has an invalid extra header.").arg(id);
        if (isReservedHeader(headerName))
            return tr("Provider %1: the header %2 is set by the proxy (put an API key in the API key field).")
                .arg(id, QString::fromLatin1(headerName));
    }
    return QString();
}

QString Provider::idFromName(const QString &name)
{
    QString id;
    for (const QChar c : name.trimmed().toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.left(40);
}

bool Provider::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    return pattern.match(id).hasMatch();
}

bool Provider::isReservedHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "content-type" || lower == "content-length" || lower == "host"
        || lower == "accept" || lower == "transfer-encoding" || lower == "connection";
}
