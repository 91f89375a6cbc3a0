#include "tray/trayiconpainter.h"

#include <QGuiApplication>
#include <QImage>
#include <QTest>

class tst_TrayIconPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateIsVisible_data();
    void stateIsVisible();
    void statesLookDifferent();
    void hiDpi();

private:
    static int countNear(const QImage &image, const QColor &color);
};

using State = TrayStatus::State;

int tst_TrayIconPainter::countNear(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 250 && qAbs(c.red() - color.red()) < 8 && qAbs(c.green() - color.green()) < 8
                && qAbs(c.blue() - color.blue()) < 8)
                ++count;
        }
    }
    return count;
}

void tst_TrayIconPainter::stateIsVisible_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<bool>("hasBadge");
    QTest::newRow("running") << State::Running << false;
    QTest::newRow("starting") << State::Starting << true;
    QTest::newRow("error") << State::Error << true;
    QTest::newRow("no account") << State::NoAccount << true;
    QTest::newRow("sign-in needed") << State::SignInNeeded << true;
    QTest::newRow("quota low") << State::QuotaLow << true;
    QTest::newRow("exhausted") << State::Exhausted << true;
}

void tst_TrayIconPainter::stateIsVisible()
{
    QFETCH(State, state);
    QFETCH(bool, hasBadge);
    for (const int size : {16, 22, 32, 64}) {
        const QImage image = TrayIconPainter::pixmap(state, size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // The glyph covers a good part of the icon in its state colour.
        const int glyph = countNear(image, TrayIconPainter::glyphColor(state));
        QVERIFY2(glyph > size * size / 5, qPrintable(QStringLiteral("size %1: %2 glyph pixels").arg(size).arg(glyph)));
        QCOMPARE(TrayIconPainter::badgeColor(state).isValid(), hasBadge);
        if (hasBadge && TrayIconPainter::badgeColor(state) != TrayIconPainter::glyphColor(state)) {
            const int badge = countNear(image, TrayIconPainter::badgeColor(state));
            QVERIFY2(badge > size * size / 40, qPrintable(QStringLiteral("size %1: %2 badge pixels").arg(size).arg(badge)));
        }
        // The corners stay transparent (a rounded tile, not a square block on the panel).
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    }
}

void tst_TrayIconPainter::statesLookDifferent()
{
    const QList<State> states{State::Starting, State::Error, State::NoAccount, State::SignInNeeded, State::Running,
                              State::QuotaLow, State::Exhausted};
    QSet<QByteArray> seen;
    for (const State state : states) {
        QImage image = TrayIconPainter::pixmap(state, 32).toImage().convertToFormat(QImage::Format_ARGB32);
        seen.insert(QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
    }
    // Starting and NoAccount/SignInNeeded share the grey glyph but differ in badge; all seven must be distinct
    // except NoAccount and SignInNeeded, which deliberately look the same (both: "needs you").
    QCOMPARE(seen.size(), states.size() - 1);
}

void tst_TrayIconPainter::hiDpi()
{
    const QPixmap pixmap = TrayIconPainter::pixmap(State::Running, 22, 2.0);
    QCOMPARE(pixmap.size(), QSize(44, 44));
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    QVERIFY(!TrayIconPainter::icon(State::Running).availableSizes().isEmpty());
}

QTEST_MAIN(tst_TrayIconPainter)
#include "tst_trayiconpainter.moc"
