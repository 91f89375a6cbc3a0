#include "usagestats.h"

#include "core/loggingcategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace {
constexpr int FileVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("UsageStats", text);
}
} // namespace

void UsageStats::Counters::add(const Counters &other)
{
    requests += other.requests;
    inputTokens += other.inputTokens;
    cachedTokens += other.cachedTokens;
    outputTokens += other.outputTokens;
}

QJsonObject UsageStats::Counters::toJson() const
{
    return QJsonObject{{QStringLiteral("requests"), requests},
                       {QStringLiteral("inputTokens"), inputTokens},
                       {QStringLiteral("cachedTokens"), cachedTokens},
                       {QStringLiteral("outputTokens"), outputTokens}};
}

UsageStats::UsageStats(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &UsageStats::flush);
}

UsageStats::~UsageStats()
{
    flush();
}

bool UsageStats::load()
{
    m_entries.clear();
    m_readOnly = false;
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    const auto fail = [this](const QString &error) {
        m_readOnly = true;
        m_errorString = error;
        qCWarning(lcProxy).noquote() << error;
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2. Usage statistics are not saved until it is fixed or removed.")
                        .arg(m_filePath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject days = doc.object().value(QLatin1String("days")).toObject();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QLatin1String("days")).isObject()) {
        return fail(tr("%1 is not a usage statistics file. Usage statistics are not saved until it is fixed or "
                       "removed.")
                        .arg(m_filePath));
    }
    for (auto day = days.begin(); day != days.end(); ++day) {
        const QDate date = QDate::fromString(day.key(), Qt::ISODate);
        if (!date.isValid())
            continue;
        const QJsonArray rows = day.value().toArray();
        for (const QJsonValue &rowValue : rows) {
            const QJsonObject row = rowValue.toObject();
            const Key key{date, row.value(QLatin1String("account")).toString(),
                          row.value(QLatin1String("clientModel")).toString(),
                          row.value(QLatin1String("upstreamModel")).toString()};
            Counters counters;
            counters.requests = row.value(QLatin1String("requests")).toInteger();
            counters.inputTokens = row.value(QLatin1String("inputTokens")).toInteger();
            counters.cachedTokens = row.value(QLatin1String("cachedTokens")).toInteger();
            counters.outputTokens = row.value(QLatin1String("outputTokens")).toInteger();
            m_entries[key].add(counters);
        }
    }
    return true;
}

void UsageStats::record(const RequestRecord &record, const QDateTime &when)
{
    // Requests refused before an account was chosen cost nothing upstream.
    if (record.account.isEmpty())
        return;
    Counters counters;
    counters.requests = 1;
    counters.inputTokens = record.inputTokens;
    counters.cachedTokens = record.cachedTokens;
    counters.outputTokens = record.outputTokens;
    m_entries[Key{when.toUTC().date(), record.account, record.clientModel, record.upstreamModel}].add(counters);
    m_dirty = true;
    if (!m_saveTimer->isActive())
        m_saveTimer->start();
}

bool UsageStats::flush()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return true;
    if (m_readOnly)
        return false;
    QJsonObject days;
    QJsonArray rows;
    QDate current;
    const auto closeDay = [&] {
        if (current.isValid())
            days.insert(current.toString(Qt::ISODate), rows);
        rows = QJsonArray();
    };
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key().day != current) {
            closeDay();
            current = it.key().day;
        }
        QJsonObject row = it.value().toJson();
        row.insert(QStringLiteral("account"), it.key().account);
        row.insert(QStringLiteral("clientModel"), it.key().clientModel);
        row.insert(QStringLiteral("upstreamModel"), it.key().upstreamModel);
        rows.append(row);
    }
    closeDay();
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), FileVersion},
                                                {QStringLiteral("days"), days}})
                          .toJson(QJsonDocument::Indented))
            < 0
        || !file.commit()) {
        m_errorString = tr("Cannot write %1: %2").arg(m_filePath, file.errorString());
        qCWarning(lcProxy).noquote() << m_errorString;
        return false;
    }
    m_dirty = false;
    return true;
}

QJsonObject UsageStats::toJson(int days, const QDate &today) const
{
    const QDate first = days > 0 ? today.addDays(-(days - 1)) : QDate();
    QJsonArray rows;
    QMap<QString, Counters> byAccount;
    QMap<QString, Counters> byModel;
    Counters total;
    // Newest day first: iterate the (day-ordered) map backwards.
    for (auto it = m_entries.cend(); it != m_entries.cbegin();) {
        --it;
        if (first.isValid() && it.key().day < first)
            break;
        QJsonObject row = it.value().toJson();
        row.insert(QStringLiteral("date"), it.key().day.toString(Qt::ISODate));
        row.insert(QStringLiteral("account"), it.key().account);
        row.insert(QStringLiteral("clientModel"), it.key().clientModel);
        row.insert(QStringLiteral("upstreamModel"), it.key().upstreamModel);
        rows.append(row);
        byAccount[it.key().account].add(it.value());
        byModel[it.key().upstreamModel].add(it.value());
        total.add(it.value());
    }
    const auto toObject = [](const QMap<QString, Counters> &map) {
        QJsonObject json;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            json.insert(it.key(), it.value().toJson());
        return json;
    };
    return QJsonObject{{QStringLiteral("days"), rows},
                       {QStringLiteral("byAccount"), toObject(byAccount)},
                       {QStringLiteral("byModel"), toObject(byModel)},
                       {QStringLiteral("total"), total.toJson()}};
}
