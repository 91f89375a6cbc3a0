// The committed application icons (resources/icons) against the SVG they are rendered from: a PNG or .ico entry
// that was not re-rendered after an edit of the SVG, or has the wrong size, fails here.
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

#include <cmath>

namespace {
const QString resourcesDir = QStringLiteral(CODEXBRIDGE_RESOURCES_DIR);

QString svgPath() { return resourcesDir + QStringLiteral("/icons/codex-bridge.svg"); }
QString pngPath(int size) { return resourcesDir + QStringLiteral("/icons/png/codex-bridge-%1.png").arg(size); }

QImage renderSvg(int size)
{
    QSvgRenderer renderer(svgPath());
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

// Mean absolute difference per channel, 0..255; both images premultiplied so that hidden colour under alpha 0 does
// not count.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col]))
                + std::abs(qBlue(p[col]) - qBlue(q[col])) + std::abs(qAlpha(p[col]) - qAlpha(q[col]));
        }
    }
    return sum / (4.0 * x.width() * x.height());
}
} // namespace

class tst_AppIcon : public QObject
{
    Q_OBJECT

private slots:
    void svgIsValid()
    {
        QSvgRenderer renderer(svgPath());
        QVERIFY2(renderer.isValid(), qPrintable(svgPath()));
        QCOMPARE(renderer.defaultSize(), QSize(512, 512));
    }

    void pngMatchesSvg_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("%dx%d", size, size) << size;
    }

    void pngMatchesSvg()
    {
        QFETCH(int, size);
        const QImage png(pngPath(size));
        QVERIFY2(!png.isNull(), qPrintable(pngPath(size)));
        QCOMPARE(png.size(), QSize(size, size));
        QVERIFY(png.hasAlphaChannel());
        // The rounded square leaves the corners transparent: an opaque corner means a flattened render.
        QCOMPARE(qAlpha(png.pixel(0, 0)), 0);
        QVERIFY(qAlpha(png.pixel(size / 2, size / 2)) == 255);
        // librsvg and Qt anti-alias edges a little differently; a changed shape or colour moves the mean far more.
        const double difference = meanDifference(png, renderSvg(size));
        QVERIFY2(difference < 3.0, qPrintable(QStringLiteral("mean difference %1 - run resources/icons/render-icons.sh")
                                                   .arg(difference)));
    }

    void icoHasWindowsSizes()
    {
        QImageReader reader(resourcesDir + QStringLiteral("/icons/codex-bridge.ico"), "ico");
        QVERIFY2(reader.canRead(), qPrintable(reader.errorString()));
        QList<int> sizes;
        do {
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(image.width(), image.height());
            sizes << image.width();
            const QImage png(pngPath(image.width()));
            QVERIFY2(meanDifference(image, png) < 1.0, qPrintable(QStringLiteral("ico entry %1").arg(image.width())));
        } while (reader.jumpToNextImage());
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (QList<int>{16, 24, 32, 48, 64, 256}));
    }
};

QTEST_MAIN(tst_AppIcon)
#include "tst_appicon.moc"
