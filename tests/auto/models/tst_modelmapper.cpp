#include "models/modelmapper.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ModelMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_data();
    void defaults();
    void familyOf_data();
    void familyOf();
    void familyTargetsAreEditable();
    void aliasesTakePrecedence_data();
    void aliasesTakePrecedence();
    void removeAlias();
    void ignoresEmptyEdits();
    void jsonRoundTrip();
    void fromJsonSkipsInvalidEntries();
    void fromJsonWrongShapes_data();
    void fromJsonWrongShapes();
    void advertisedClaudeModels();
};

void tst_ModelMapper::defaults_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("upstream");

    // Claude names map by family, whatever the version.
    QTest::newRow("opus current") << u"claude-opus-5-5"_s << u"gpt-5.5"_s;
    QTest::newRow("opus 4.5") << u"claude-opus-4-5-20251101"_s << u"gpt-5.5"_s;
    QTest::newRow("opus old style") << u"claude-3-opus-20240229"_s << u"gpt-5.5"_s;
    QTest::newRow("sonnet 1m") << u"claude-sonnet-4-5[1m]"_s << u"gpt-5.5"_s;
    QTest::newRow("sonnet") << u"claude-sonnet-4-5"_s << u"gpt-5.5"_s;
    QTest::newRow("haiku old style") << u"claude-3-5-haiku-20241022"_s << u"gpt-5.4-mini"_s;
    QTest::newRow("haiku") << u"claude-haiku-4-5"_s << u"gpt-5.4-mini"_s;
    QTest::newRow("upper case") << u"CLAUDE-HAIKU-4-5"_s << u"gpt-5.4-mini"_s;
    QTest::newRow("bare family") << u"haiku"_s << u"gpt-5.4-mini"_s;
    // OpenAI slugs pass through unchanged.
    QTest::newRow("gpt slug") << u"gpt-5.4"_s << u"gpt-5.4"_s;
    QTest::newRow("gpt codex slug") << u"gpt-5.3-codex-spark"_s << u"gpt-5.3-codex-spark"_s;
    QTest::newRow("gpt keeps case") << u"GPT-5.4-Mini"_s << u"GPT-5.4-Mini"_s;
    QTest::newRow("gpt trimmed") << u"  gpt-5.4  "_s << u"gpt-5.4"_s;
    QTest::newRow("o3") << u"o3"_s << u"o3"_s;
    QTest::newRow("o4-mini") << u"o4-mini"_s << u"o4-mini"_s;
    QTest::newRow("o1-preview") << u"o1-preview"_s << u"o1-preview"_s;
    QTest::newRow("codex slug") << u"codex-mini-latest"_s << u"codex-mini-latest"_s;
    // Everything else goes to the default (sonnet's target).
    QTest::newRow("o2 is not an OpenAI slug") << u"o2"_s << u"gpt-5.5"_s;
    QTest::newRow("o3mini without dash") << u"o3mini"_s << u"gpt-5.5"_s;
    QTest::newRow("starts with o") << u"oops"_s << u"gpt-5.5"_s;
    QTest::newRow("gpt without dash") << u"gpt"_s << u"gpt-5.5"_s;
    QTest::newRow("unknown") << u"llama-3-70b"_s << u"gpt-5.5"_s;
    QTest::newRow("claude without family") << u"claude-2.1"_s << u"gpt-5.5"_s;
    QTest::newRow("empty") << QString() << u"gpt-5.5"_s;
    QTest::newRow("blank") << u"   "_s << u"gpt-5.5"_s;
    QTest::newRow("only a marker") << u"[1m]"_s << u"gpt-5.5"_s;
}

void tst_ModelMapper::defaults()
{
    QFETCH(QString, requested);
    QFETCH(QString, upstream);
    QCOMPARE(ModelMapper().resolve(requested), upstream);
}

void tst_ModelMapper::familyOf_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<int>("family"); // -1: none

    QTest::newRow("opus") << u"claude-opus-4-5"_s << int(ModelMapper::Family::Opus);
    QTest::newRow("sonnet") << u"claude-sonnet-4-5"_s << int(ModelMapper::Family::Sonnet);
    QTest::newRow("haiku") << u"claude-3-5-haiku"_s << int(ModelMapper::Family::Haiku);
    QTest::newRow("mixed case") << u"Claude-Sonnet"_s << int(ModelMapper::Family::Sonnet);
    QTest::newRow("first named wins") << u"haiku-vs-opus"_s << int(ModelMapper::Family::Haiku);
    QTest::newRow("none") << u"gpt-5.5"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void tst_ModelMapper::familyOf()
{
    QFETCH(QString, requested);
    QFETCH(int, family);
    const std::optional<ModelMapper::Family> found = ModelMapper::familyOf(requested);
    QCOMPARE(found ? int(*found) : -1, family);
}

void tst_ModelMapper::familyTargetsAreEditable()
{
    ModelMapper mapper;
    mapper.setFamilyTarget(ModelMapper::Family::Haiku, u"gpt-5.4"_s);
    mapper.setFamilyTarget(ModelMapper::Family::Sonnet, u" gpt-5.3-codex-spark "_s);
    QCOMPARE(mapper.resolve(u"claude-haiku-4-5"_s), u"gpt-5.4"_s);
    QCOMPARE(mapper.resolve(u"claude-sonnet-4-5"_s), u"gpt-5.3-codex-spark"_s);
    QCOMPARE(mapper.resolve(u"claude-opus-4-5"_s), u"gpt-5.5"_s);
    // The default follows sonnet.
    QCOMPARE(mapper.defaultTarget(), u"gpt-5.3-codex-spark"_s);
    QCOMPARE(mapper.resolve(u"something-else"_s), u"gpt-5.3-codex-spark"_s);
    QCOMPARE(mapper.familyTarget(ModelMapper::Family::Haiku), u"gpt-5.4"_s);
}

void tst_ModelMapper::aliasesTakePrecedence_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("upstream");

    QTest::newRow("over family") << u"claude-opus-4-1"_s << u"claude-opus-4-1"_s << u"gpt-5.4"_s;
    QTest::newRow("case-insensitive") << u"Claude-Opus-4-1"_s << u"CLAUDE-OPUS-4-1"_s << u"gpt-5.4"_s;
    QTest::newRow("context marker ignored") << u"claude-sonnet-4-5"_s << u"claude-sonnet-4-5[1m]"_s << u"gpt-5.4"_s;
    QTest::newRow("over pass-through") << u"gpt-4o"_s << u"gpt-4o"_s << u"gpt-5.4"_s;
    QTest::newRow("over default") << u"my-model"_s << u" my-model "_s << u"gpt-5.4"_s;
    QTest::newRow("only exact") << u"claude-opus-4-1"_s << u"claude-opus-4-10"_s << u"gpt-5.5"_s;
}

void tst_ModelMapper::aliasesTakePrecedence()
{
    QFETCH(QString, alias);
    QFETCH(QString, requested);
    QFETCH(QString, upstream);
    ModelMapper mapper;
    mapper.setAlias(alias, u"gpt-5.4"_s);
    QCOMPARE(mapper.resolve(requested), upstream);
}

void tst_ModelMapper::removeAlias()
{
    ModelMapper mapper;
    mapper.setAlias(u"claude-opus-4-1"_s, u"gpt-5.4"_s);
    QCOMPARE(mapper.aliases().size(), 1);
    mapper.removeAlias(u"CLAUDE-OPUS-4-1"_s);
    QVERIFY(mapper.aliases().isEmpty());
    QCOMPARE(mapper.resolve(u"claude-opus-4-1"_s), u"gpt-5.5"_s);
}

void tst_ModelMapper::ignoresEmptyEdits()
{
    ModelMapper mapper;
    mapper.setFamilyTarget(ModelMapper::Family::Opus, u"  "_s);
    mapper.setAlias(QString(), u"gpt-5.4"_s);
    mapper.setAlias(u"x"_s, QString());
    QCOMPARE(mapper, ModelMapper());
}

void tst_ModelMapper::jsonRoundTrip()
{
    ModelMapper mapper;
    mapper.setFamilyTarget(ModelMapper::Family::Opus, u"gpt-5.4"_s);
    mapper.setAlias(u"claude-opus-4-1"_s, u"gpt-5.5"_s);
    mapper.setAlias(u"fast"_s, u"gpt-5.4-mini"_s);
    const QJsonObject json = mapper.toJson();
    QCOMPARE(json.value(u"families"_s).toObject().value(u"opus"_s).toString(), u"gpt-5.4"_s);
    QCOMPARE(json.value(u"families"_s).toObject().value(u"haiku"_s).toString(), u"gpt-5.4-mini"_s);
    QCOMPARE(json.value(u"aliases"_s).toObject().value(u"fast"_s).toString(), u"gpt-5.4-mini"_s);

    QStringList problems;
    const ModelMapper back = ModelMapper::fromJson(json, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(back, mapper);
    QCOMPARE(ModelMapper::fromJson(QJsonObject()), ModelMapper());
    QCOMPARE(ModelMapper::fromJson(ModelMapper().toJson()), ModelMapper());
}

void tst_ModelMapper::fromJsonSkipsInvalidEntries()
{
    const QJsonObject json{
        {u"families"_s, QJsonObject{{u"opus"_s, 5},
                                    {u"Sonnet"_s, u"gpt-5.4"_s},
                                    {u"gigantic"_s, u"gpt-5.5"_s},
                                    {u"haiku"_s, u""_s}}},
        {u"aliases"_s, QJsonObject{{u"a"_s, u""_s}, {u"b"_s, u"gpt-5.4"_s}, {u""_s, u"gpt-5.5"_s}, {u"c"_s, QJsonArray()}}},
        {u"unrelated"_s, true},
    };
    QStringList problems;
    const ModelMapper mapper = ModelMapper::fromJson(json, &problems);
    QCOMPARE(problems.size(), 6); // opus, gigantic, haiku, a, "", c
    QVERIFY(problems.join(u'\n').contains(u"gigantic"_s));
    // Valid entries apply, invalid ones keep the defaults.
    QCOMPARE(mapper.familyTarget(ModelMapper::Family::Opus), u"gpt-5.5"_s);
    QCOMPARE(mapper.familyTarget(ModelMapper::Family::Sonnet), u"gpt-5.4"_s);
    QCOMPARE(mapper.familyTarget(ModelMapper::Family::Haiku), u"gpt-5.4-mini"_s);
    QCOMPARE(mapper.aliases().size(), 1);
    QCOMPARE(mapper.resolve(u"b"_s), u"gpt-5.4"_s);
    // Without a list to report to, it still works.
    QCOMPARE(ModelMapper::fromJson(json), mapper);
}

void tst_ModelMapper::fromJsonWrongShapes_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<int>("problems");
    QTest::newRow("families is a list") << QJsonObject{{u"families"_s, QJsonArray{u"opus"_s}}} << 1;
    QTest::newRow("aliases is a string") << QJsonObject{{u"aliases"_s, u"x"_s}} << 1;
    QTest::newRow("both null") << QJsonObject{{u"families"_s, QJsonValue::Null}, {u"aliases"_s, QJsonValue::Null}} << 2;
}

void tst_ModelMapper::fromJsonWrongShapes()
{
    QFETCH(QJsonObject, json);
    QFETCH(int, problems);
    QStringList found;
    QCOMPARE(ModelMapper::fromJson(json, &found), ModelMapper());
    QCOMPARE(found.size(), problems);
}

void tst_ModelMapper::advertisedClaudeModels()
{
    ModelMapper mapper;
    const QStringList defaults = mapper.advertisedClaudeModels();
    QCOMPARE(defaults, (QStringList{u"claude-haiku-4-5"_s, u"claude-opus-4-5"_s, u"claude-sonnet-4-5"_s}));
    for (const QString &name : defaults)
        QVERIFY(ModelMapper::familyOf(name)); // each one maps by family

    mapper.setAlias(u"claude-custom-1"_s, u"gpt-5.4"_s);
    mapper.setAlias(u"claude-opus-4-5"_s, u"gpt-5.4"_s); // no duplicate
    mapper.setAlias(u"fast"_s, u"gpt-5.4-mini"_s);      // not a Claude name
    QCOMPARE(mapper.advertisedClaudeModels(),
             (QStringList{u"claude-custom-1"_s, u"claude-haiku-4-5"_s, u"claude-opus-4-5"_s, u"claude-sonnet-4-5"_s}));
}

QTEST_GUILESS_MAIN(tst_ModelMapper)
#include "tst_modelmapper.moc"
