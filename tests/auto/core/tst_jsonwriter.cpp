// JsonWriter must write exactly what QJsonDocument::toJson(Compact) writes (clients and the existing translator
// tests see the same bytes), and leave to Qt what it does not handle.

#include "core/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesQt_data();
    void matchesQt();
    void leavesLoneSurrogatesToQt();
    void fixtureEventsMatchQt();
    void randomStringsMatchQt();
};

namespace {

QByteArray qtCompact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString fromUtf16(std::initializer_list<char16_t> units)
{
    return QString(reinterpret_cast<const QChar *>(units.begin()), qsizetype(units.size()));
}

} // namespace

void tst_JsonWriter::matchesQt_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<bool>("handled"); // false: JsonWriter declines and Qt writes it

    const auto text = [](const QString &value) { return QJsonObject{{QStringLiteral("text"), value}}; };
    QTest::newRow("empty object") << QJsonObject() << true;
    QTest::newRow("text delta") << QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                                               {QStringLiteral("index"), 3},
                                               {QStringLiteral("delta"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")},
                                                                                     {QStringLiteral("text"), QStringLiteral(" hello")}}}}
                                << true;
    QTest::newRow("quote and backslash") << text(QStringLiteral("say \"hi\" C:\\dir\\")) << true;
    QTest::newRow("named escapes") << text(QStringLiteral("a\bb\fc\nd\re\tf")) << true;
    QTest::newRow("other control characters") << text(fromUtf16({0x00, 0x01, 0x1f, 0x0b, 0x7f, u'x'})) << true;
    QTest::newRow("slash and DEL") << text(QStringLiteral("</script>\x7f")) << true;
    QTest::newRow("two-byte UTF-8") << text(QStringLiteral("wörld ñ é")) << true;
    QTest::newRow("three-byte UTF-8") << text(fromUtf16({0x20ac, 0x2028, 0x2029, 0xfeff, 0xffff})) << true;
    QTest::newRow("surrogate pair") << text(QStringLiteral("smile 😀 and 𝄞")) << true;
    QTest::newRow("key needing escapes") << QJsonObject{{QStringLiteral("k\"ey\n"), true}} << true;
    QTest::newRow("null, bools") << QJsonObject{{QStringLiteral("a"), QJsonValue::Null}, {QStringLiteral("b"), true}, {QStringLiteral("c"), false}}
                                 << true;
    QTest::newRow("integers") << QJsonObject{{QStringLiteral("zero"), 0}, {QStringLiteral("neg"), -42},
                                             {QStringLiteral("created"), qint64(1764140000)}, {QStringLiteral("big"), qint64(999999999999999)}}
                              << true;
    QTest::newRow("integral doubles") << QJsonObject{{QStringLiteral("a"), 3.0}, {QStringLiteral("b"), -1e14}} << true;
    QTest::newRow("fractions") << QJsonObject{{QStringLiteral("a"), 0.1}, {QStringLiteral("b"), -2.5e-7}, {QStringLiteral("c"), 12.75},
                                              {QStringLiteral("d"), 1.0 / 3.0}}
                               << true;
    QTest::newRow("not finite") << QJsonObject{{QStringLiteral("inf"), std::numeric_limits<double>::infinity()},
                                               {QStringLiteral("nan"), std::numeric_limits<double>::quiet_NaN()}}
                                << true;
    QTest::newRow("large integral double") << QJsonObject{{QStringLiteral("a"), 1e16}} << false;
    QTest::newRow("huge double") << QJsonObject{{QStringLiteral("a"), 1e300}} << false;
    QTest::newRow("large qint64") << QJsonObject{{QStringLiteral("a"), qint64(1) << 60}} << false;
    QTest::newRow("chat chunk") << QJsonObject{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-123")},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("created"), 1764140000},
        {QStringLiteral("model"), QStringLiteral("gpt-5.4")},
        {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                           {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), QStringLiteral("Hi")}}},
                                                           {QStringLiteral("finish_reason"), QJsonValue::Null}}}}} << true;
    QTest::newRow("nested arrays") << QJsonObject{{QStringLiteral("a"), QJsonArray{QJsonArray{}, QJsonArray{1, QStringLiteral("x"), QJsonObject{}},
                                                                                   QJsonValue::Null}}}
                                   << true;
}

void tst_JsonWriter::matchesQt()
{
    QFETCH(QJsonObject, object);
    QFETCH(bool, handled);
    QByteArray out = QByteArrayLiteral("prefix:");
    QCOMPARE(JsonWriter::appendCompact(out, object), handled);
    QCOMPARE(out, handled ? QByteArrayLiteral("prefix:") + qtCompact(object) : QByteArrayLiteral("prefix:"));
    QByteArray withFallback = QByteArrayLiteral("prefix:");
    JsonWriter::appendCompactOrQt(withFallback, object);
    QCOMPARE(withFallback, QByteArrayLiteral("prefix:") + qtCompact(object));
}

void tst_JsonWriter::leavesLoneSurrogatesToQt()
{
    for (const QString &value : {fromUtf16({0xd800}), fromUtf16({u'a', 0xdc00, u'b'}), fromUtf16({0xd83d, u'x'}), fromUtf16({0xdbff})}) {
        const QJsonObject object{{QStringLiteral("text"), value}};
        QByteArray out;
        QVERIFY(!JsonWriter::appendCompact(out, object));
        QVERIFY(out.isEmpty());
        JsonWriter::appendCompactOrQt(out, object);
        QCOMPARE(out, qtCompact(object));
    }
}

void tst_JsonWriter::fixtureEventsMatchQt()
{
    // Every event of every recorded upstream stream: real shapes (nested items, usage numbers, long texts).
    const QDir dir(QStringLiteral(CODEXBRIDGE_SHARED_DIR "/fixtures/responses-streams"));
    const QStringList files = dir.entryList({QStringLiteral("*.chunks.txt")}, QDir::Files);
    QVERIFY2(!files.isEmpty(), qPrintable(dir.absolutePath()));
    int events = 0;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line.trimmed()).object();
            if (object.isEmpty())
                continue;
            QByteArray out;
            JsonWriter::appendCompactOrQt(out, object);
            QCOMPARE(out, qtCompact(object));
            ++events;
        }
    }
    QVERIFY(events > 100);
}

void tst_JsonWriter::randomStringsMatchQt()
{
    // Random UTF-16 (well-formed or not) and random numbers, fixed seed.
    QRandomGenerator random(7);
    int handled = 0;
    for (int round = 0; round < 5000; ++round) {
        QString value;
        const int length = int(random.bounded(12));
        for (int i = 0; i < length; ++i) {
            const quint32 pick = random.bounded(10);
            const char16_t unit = pick < 4 ? char16_t(random.bounded(0x80))
                                  : pick < 6 ? char16_t(0x80 + random.bounded(0x780))
                                  : pick < 8 ? char16_t(0x800 + random.bounded(0xf800))
                                             : char16_t(0xd800 + random.bounded(0x800));
            value.append(QChar(unit));
        }
        const double number = (random.generateDouble() - 0.5) * std::pow(10.0, double(random.bounded(40)) - 20.0);
        const QJsonObject object{{value, value}, {QStringLiteral("n"), number}, {QStringLiteral("i"), qint64(random.bounded(1 << 30)) - (1 << 29)}};
        QByteArray out;
        if (JsonWriter::appendCompact(out, object)) {
            ++handled;
            QCOMPARE(out, qtCompact(object));
        }
        out.clear();
        JsonWriter::appendCompactOrQt(out, object);
        QCOMPARE(out, qtCompact(object));
    }
    QVERIFY(handled > 1000);
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
