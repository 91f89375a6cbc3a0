#include "models/modelcatalog.h"
#include "models/modelmapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture()
{
    QFile file(QStringLiteral(CODEXBRIDGE_SHARED_DIR "/fixtures/codex-models.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList ids(const QJsonObject &list)
{
    QStringList result;
    for (const QJsonValue &entry : list.value(u"data"_s).toArray())
        result.append(entry.toObject().value(u"id"_s).toString());
    return result;
}

const QStringList kAliases{u"claude-haiku-4-5"_s, u"claude-opus-4-5"_s, u"claude-sonnet-4-5"_s};

} // namespace

class tst_ModelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesFixture_data();
    void parsesFixture();
    void fixtureOrderAndPlans();
    void builtInsMatchFixture();
    void fallbackWithoutCatalogue_data();
    void fallbackWithoutCatalogue();
    void unknownModelDefaults();
    void builtInAnswersForModelsTheCatalogueLacks();
    void brokenReplyKeepsCatalogue_data();
    void brokenReplyKeepsCatalogue();
    void toleratesOddEntries();
    void staleness();
    void anthropicModelList();
    void openAiModelList();
    void listsWithoutCatalogueAndWithCustomAlias();

private:
    QByteArray m_fixture;
};

void tst_ModelCatalog::initTestCase()
{
    m_fixture = fixture();
    QVERIFY2(!m_fixture.isEmpty(), "shared/fixtures/codex-models.json not found (CODEXBRIDGE_SHARED_DIR)");
}

void tst_ModelCatalog::parsesFixture_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<qint64>("contextWindow");
    QTest::addColumn<QStringList>("efforts");
    QTest::addColumn<QString>("defaultEffort");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<bool>("images");

    const QStringList lowToXhigh{u"low"_s, u"medium"_s, u"high"_s, u"xhigh"_s};
    QTest::newRow("gpt-5.6-sol") << u"gpt-5.6-sol"_s << u"GPT-5.6-Sol"_s << qint64(272000)
                                 << (lowToXhigh + QStringList{u"max"_s, u"ultra"_s}) << u"low"_s << true << true;
    QTest::newRow("gpt-5.6-luna") << u"gpt-5.6-luna"_s << u"GPT-5.6-Luna"_s << qint64(272000)
                                  << (lowToXhigh + QStringList{u"max"_s}) << u"medium"_s << true << true;
    QTest::newRow("gpt-5.5") << u"gpt-5.5"_s << u"GPT-5.5"_s << qint64(272000) << lowToXhigh << u"medium"_s << true
                             << true;
    QTest::newRow("gpt-5.4-mini") << u"gpt-5.4-mini"_s << u"GPT-5.4-Mini"_s << qint64(272000) << lowToXhigh
                                  << u"medium"_s << true << true;
    QTest::newRow("spark") << u"gpt-5.3-codex-spark"_s << u"GPT-5.3-Codex-Spark"_s << qint64(128000) << lowToXhigh
                           << u"high"_s << true << false;
    QTest::newRow("hidden") << u"codex-auto-review"_s << u"Codex Auto Review"_s << qint64(272000)
                            << (lowToXhigh + QStringList{u"max"_s}) << u"medium"_s << false << true;
    QTest::newRow("lookup ignores case") << u"GPT-5.5"_s << u"GPT-5.5"_s << qint64(272000) << lowToXhigh
                                         << u"medium"_s << true << true;
}

void tst_ModelCatalog::parsesFixture()
{
    QFETCH(QString, slug);
    QFETCH(QString, displayName);
    QFETCH(qint64, contextWindow);
    QFETCH(QStringList, efforts);
    QFETCH(QString, defaultEffort);
    QFETCH(bool, listed);
    QFETCH(bool, images);

    ModelCatalog catalog;
    QVERIFY2(catalog.loadJson(m_fixture), qPrintable(catalog.errorString()));
    QVERIFY(catalog.hasCatalogue());
    const std::optional<ModelCatalog::Model> model = catalog.find(slug);
    QVERIFY(model);
    QCOMPARE(model->slug, slug.toLower());
    QCOMPARE(model->displayName, displayName);
    QCOMPARE(model->contextWindow, contextWindow);
    QCOMPARE(model->supportedEfforts, efforts);
    QCOMPARE(model->defaultEffort, defaultEffort);
    QCOMPARE(model->isListed(), listed);
    QCOMPARE(model->acceptsImages(), images);

    QCOMPARE(catalog.supportedEfforts(slug), efforts);
    QCOMPARE(catalog.defaultEffort(slug), defaultEffort);
    QCOMPARE(catalog.contextWindow(slug), contextWindow);
    QCOMPARE(catalog.displayName(slug), displayName);
}

void tst_ModelCatalog::fixtureOrderAndPlans()
{
    ModelCatalog catalog;
    const QDateTime fetched = QDateTime::fromSecsSinceEpoch(1760000000, Qt::UTC);
    QVERIFY(catalog.loadJson(m_fixture, fetched));
    QCOMPARE(catalog.fetchedAt(), fetched);
    QStringList slugs;
    for (const ModelCatalog::Model &model : catalog.models())
        slugs.append(model.slug);
    QCOMPARE(slugs, (QStringList{u"gpt-5.6-sol"_s, u"gpt-5.6-terra"_s, u"gpt-5.6-luna"_s, u"gpt-5.5"_s, u"gpt-5.4"_s,
                                 u"gpt-5.4-mini"_s, u"gpt-5.3-codex-spark"_s, u"codex-auto-review"_s}));
    QVERIFY(catalog.find(u"gpt-5.5"_s)->availableInPlans.contains(u"free"_s));
    QVERIFY(catalog.find(u"gpt-5.4"_s)->availableInPlans.contains(u"plus"_s));
    QVERIFY(!catalog.find(u"gpt-5.4"_s)->availableInPlans.contains(u"free"_s));
}

void tst_ModelCatalog::builtInsMatchFixture()
{
    // The fallback table claims to be copied from the fixture: check every field it has.
    ModelCatalog fromFixture;
    QVERIFY(fromFixture.loadJson(m_fixture));
    const QList<ModelCatalog::Model> builtIns = ModelCatalog::builtInModels();
    QCOMPARE(builtIns.size(), 4);
    for (const ModelCatalog::Model &builtIn : builtIns) {
        const std::optional<ModelCatalog::Model> real = fromFixture.find(builtIn.slug);
        QVERIFY2(real, qPrintable(builtIn.slug));
        QCOMPARE(builtIn.displayName, real->displayName);
        QCOMPARE(builtIn.contextWindow, real->contextWindow);
        QCOMPARE(builtIn.supportedEfforts, real->supportedEfforts);
        QCOMPARE(builtIn.defaultEffort, real->defaultEffort);
        QCOMPARE(builtIn.visibility, real->visibility);
        QCOMPARE(builtIn.inputModalities, real->inputModalities);
    }
}

void tst_ModelCatalog::fallbackWithoutCatalogue_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<bool>("known");
    QTest::addColumn<qint64>("contextWindow");
    QTest::addColumn<QString>("defaultEffort");

    QTest::newRow("gpt-5.5") << u"gpt-5.5"_s << true << qint64(272000) << u"medium"_s;
    QTest::newRow("gpt-5.4") << u"gpt-5.4"_s << true << qint64(272000) << u"medium"_s;
    QTest::newRow("gpt-5.4-mini") << u"gpt-5.4-mini"_s << true << qint64(272000) << u"medium"_s;
    QTest::newRow("spark") << u"gpt-5.3-codex-spark"_s << true << qint64(128000) << u"high"_s;
    QTest::newRow("other codex 5.x") << u"gpt-5.2-codex"_s << true << qint64(272000) << u"medium"_s;
    QTest::newRow("codex max") << u"gpt-5.1-codex-max"_s << true << qint64(272000) << u"medium"_s;
    QTest::newRow("gpt-5-codex") << u"gpt-5-codex"_s << true << qint64(272000) << u"medium"_s;
    QTest::newRow("not codex") << u"gpt-5.2"_s << false << ModelCatalog::kDefaultContextWindow << u"medium"_s;
    QTest::newRow("codex elsewhere") << u"my-gpt-5.2-codex"_s << false << ModelCatalog::kDefaultContextWindow
                                     << u"medium"_s;
}

void tst_ModelCatalog::fallbackWithoutCatalogue()
{
    QFETCH(QString, slug);
    QFETCH(bool, known);
    QFETCH(qint64, contextWindow);
    QFETCH(QString, defaultEffort);

    const ModelCatalog catalog;
    QVERIFY(!catalog.hasCatalogue());
    QCOMPARE(catalog.models(), ModelCatalog::builtInModels());
    const std::optional<ModelCatalog::Model> model = catalog.find(slug);
    QCOMPARE(bool(model), known);
    QCOMPARE(catalog.contextWindow(slug), contextWindow);
    QCOMPARE(catalog.defaultEffort(slug), defaultEffort);
    if (known) {
        QCOMPARE(model->slug, slug);
        QCOMPARE(catalog.supportedEfforts(slug), (QStringList{u"low"_s, u"medium"_s, u"high"_s, u"xhigh"_s}));
    }
}

void tst_ModelCatalog::unknownModelDefaults()
{
    ModelCatalog catalog;
    QVERIFY(catalog.loadJson(m_fixture));
    QVERIFY(!catalog.find(u"llama"_s));
    QVERIFY(catalog.supportedEfforts(u"llama"_s).isEmpty());
    QCOMPARE(catalog.defaultEffort(u"llama"_s), u"medium"_s);
    QCOMPARE(catalog.contextWindow(u"llama"_s), ModelCatalog::kDefaultContextWindow);
    QCOMPARE(catalog.displayName(u" llama "_s), u"llama"_s);
    QVERIFY(!catalog.find(QString()));
}

void tst_ModelCatalog::builtInAnswersForModelsTheCatalogueLacks()
{
    ModelCatalog catalog;
    QVERIFY(catalog.loadJson(R"({"models":[{"slug":"gpt-9","display_name":"GPT-9","visibility":"list"}]})"));
    QCOMPARE(catalog.models().size(), 1);
    // Not in the loaded catalogue, but the built-in table knows it.
    QCOMPARE(catalog.contextWindow(u"gpt-5.3-codex-spark"_s), 128000);
    QCOMPARE(catalog.defaultEffort(u"gpt-5.3-codex-spark"_s), u"high"_s);
    // In the catalogue without a context window or efforts.
    QCOMPARE(catalog.contextWindow(u"gpt-9"_s), ModelCatalog::kDefaultContextWindow);
    QCOMPARE(catalog.defaultEffort(u"gpt-9"_s), u"medium"_s);
    QVERIFY(catalog.supportedEfforts(u"gpt-9"_s).isEmpty());
}

void tst_ModelCatalog::brokenReplyKeepsCatalogue_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html>Bad gateway</html>");
    QTest::newRow("array") << QByteArray(R"([{"slug":"gpt-5.5"}])");
    QTest::newRow("no models") << QByteArray(R"({"detail":"Unauthorized"})");
    QTest::newRow("models not a list") << QByteArray(R"({"models":{"slug":"gpt-5.5"}})");
    QTest::newRow("empty list") << QByteArray(R"({"models":[]})");
    QTest::newRow("no slugs") << QByteArray(R"({"models":[{"display_name":"X"},5,null,{"slug":""}]})");
}

void tst_ModelCatalog::brokenReplyKeepsCatalogue()
{
    QFETCH(QByteArray, reply);
    ModelCatalog catalog;
    const QDateTime fetched = QDateTime::fromSecsSinceEpoch(1760000000, Qt::UTC);
    QVERIFY(catalog.loadJson(m_fixture, fetched));
    const QList<ModelCatalog::Model> before = catalog.models();

    QVERIFY(!catalog.loadJson(reply, fetched.addSecs(100)));
    QVERIFY(!catalog.errorString().isEmpty());
    QCOMPARE(catalog.models(), before);
    QCOMPARE(catalog.fetchedAt(), fetched);

    // A fresh catalogue that never loaded stays on the fallback.
    ModelCatalog empty;
    QVERIFY(!empty.loadJson(reply));
    QVERIFY(!empty.hasCatalogue());
    QCOMPARE(empty.models(), ModelCatalog::builtInModels());

    // A later good reply clears the error.
    QVERIFY(catalog.loadJson(m_fixture));
    QVERIFY(catalog.errorString().isEmpty());
}

void tst_ModelCatalog::toleratesOddEntries()
{
    ModelCatalog catalog;
    QVERIFY(catalog.loadJson(R"({"models":[
        7, null, "gpt-x",
        {"slug":" a ","supported_reasoning_levels":["low",{"effort":"high"},5,{"effort":""},{"effort":"low"}],
         "context_window":"big","default_reasoning_level":3,"input_modalities":"text","visibility":"list"},
        {"slug":"A","display_name":"duplicate"},
        {"slug":"b","context_window":-5,"supported_reasoning_levels":{"effort":"low"}}
    ]})"));
    QCOMPARE(catalog.models().size(), 2);
    const ModelCatalog::Model a = *catalog.find(u"a"_s);
    QCOMPARE(a.slug, u"a"_s);
    QCOMPARE(a.displayName, u"a"_s); // falls back to the slug
    QCOMPARE(a.supportedEfforts, (QStringList{u"low"_s, u"high"_s}));
    QCOMPARE(a.contextWindow, 0);
    QVERIFY(a.defaultEffort.isEmpty());
    QVERIFY(a.inputModalities.isEmpty());
    QCOMPARE(catalog.defaultEffort(u"a"_s), u"medium"_s);
    QCOMPARE(catalog.find(u"b"_s)->contextWindow, 0);
    QVERIFY(catalog.find(u"b"_s)->supportedEfforts.isEmpty());
}

void tst_ModelCatalog::staleness()
{
    ModelCatalog catalog;
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1760000000, Qt::UTC);
    QVERIFY(catalog.isStale(std::chrono::hours(1), t0)); // nothing loaded
    QVERIFY(catalog.loadJson(m_fixture, t0));
    QVERIFY(!catalog.isStale(std::chrono::hours(1), t0));
    QVERIFY(!catalog.isStale(std::chrono::hours(1), t0.addSecs(3599)));
    QVERIFY(catalog.isStale(std::chrono::hours(1), t0.addSecs(3600)));
    QVERIFY(catalog.isStale(std::chrono::minutes(5), t0.addSecs(301)));
    // A failed refresh does not make the catalogue fresh.
    QVERIFY(!catalog.loadJson("garbage", t0.addSecs(4000)));
    QVERIFY(catalog.isStale(std::chrono::hours(1), t0.addSecs(4000)));
    // Default `now` is the current time.
    QVERIFY(catalog.loadJson(m_fixture));
    QVERIFY(!catalog.isStale(std::chrono::hours(1)));
}

void tst_ModelCatalog::anthropicModelList()
{
    ModelCatalog catalog;
    QVERIFY(catalog.loadJson(m_fixture));
    const QJsonObject list = catalog.anthropicModelList(ModelMapper());

    const QStringList expected = kAliases
        + QStringList{u"gpt-5.6-sol"_s, u"gpt-5.6-terra"_s, u"gpt-5.6-luna"_s, u"gpt-5.5"_s, u"gpt-5.4"_s,
                      u"gpt-5.4-mini"_s, u"gpt-5.3-codex-spark"_s}; // codex-auto-review is hidden
    QCOMPARE(ids(list), expected);
    QCOMPARE(list.value(u"has_more"_s), QJsonValue(false));
    QCOMPARE(list.value(u"first_id"_s).toString(), expected.first());
    QCOMPARE(list.value(u"last_id"_s).toString(), expected.last());

    QHash<QString, QString> displayNames;
    for (const QJsonValue &value : list.value(u"data"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.size(), 4);
        QCOMPARE(entry.value(u"type"_s).toString(), u"model"_s);
        QVERIFY(QDateTime::fromString(entry.value(u"created_at"_s).toString(), Qt::ISODate).isValid());
        QVERIFY(!entry.value(u"display_name"_s).toString().isEmpty());
        displayNames.insert(entry.value(u"id"_s).toString(), entry.value(u"display_name"_s).toString());
    }
    // Aliases say what they run on; real models carry the catalogue's name.
    QVERIFY(displayNames.value(u"claude-opus-4-5"_s).contains(u"GPT-5.5"_s));
    QVERIFY(displayNames.value(u"claude-haiku-4-5"_s).contains(u"GPT-5.4-Mini"_s));
    QCOMPARE(displayNames.value(u"gpt-5.6-terra"_s), u"GPT-5.6-Terra"_s);
}

void tst_ModelCatalog::openAiModelList()
{
    ModelCatalog catalog;
    QVERIFY(catalog.loadJson(m_fixture));
    const ModelMapper mapper;
    const QJsonObject list = catalog.openAiModelList(mapper);
    QCOMPARE(list.value(u"object"_s).toString(), u"list"_s);
    QCOMPARE(ids(list), ids(catalog.anthropicModelList(mapper)));
    for (const QJsonValue &value : list.value(u"data"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.size(), 4);
        QCOMPARE(entry.value(u"object"_s).toString(), u"model"_s);
        QVERIFY(entry.value(u"created"_s).isDouble());
        QVERIFY(entry.value(u"created"_s).toInteger() > 1600000000);
        const QString id = entry.value(u"id"_s).toString();
        QCOMPARE(entry.value(u"owned_by"_s).toString(),
                 id.startsWith(u"claude-"_s) ? u"codex-bridge"_s : u"openai"_s);
    }
}

void tst_ModelCatalog::listsWithoutCatalogueAndWithCustomAlias()
{
    const ModelCatalog catalog; // built-in fallback
    ModelMapper mapper;
    mapper.setAlias(u"claude-custom"_s, u"gpt-5.3-codex-spark"_s);
    const QJsonObject list = catalog.anthropicModelList(mapper);
    QCOMPARE(ids(list), (QStringList{u"claude-custom"_s} + kAliases
                         + QStringList{u"gpt-5.5"_s, u"gpt-5.4"_s, u"gpt-5.4-mini"_s, u"gpt-5.3-codex-spark"_s}));
    QVERIFY(list.value(u"data"_s).toArray().first().toObject().value(u"display_name"_s).toString().contains(
        u"GPT-5.3-Codex-Spark"_s));
    QCOMPARE(ids(catalog.openAiModelList(mapper)), ids(list));
}

QTEST_GUILESS_MAIN(tst_ModelCatalog)
#include "tst_modelcatalog.moc"
