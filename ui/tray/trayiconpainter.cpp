#include "trayiconpainter.h"

#include <QPainter>
#include <QPainterPath>

namespace {
const QColor kGreen(0x10, 0xa3, 0x7f);
const QColor kAmber(0xf5, 0xa6, 0x23);
const QColor kRed(0xe5, 0x48, 0x4d);
const QColor kGrey(0x8a, 0x8f, 0x98);
const QColor kOrange(0xf7, 0x6b, 0x15);

enum class Badge { None, Exclamation, Cross, Dots };

Badge badgeFor(TrayStatus::State state)
{
    switch (state) {
    case TrayStatus::State::Running:
        return Badge::None;
    case TrayStatus::State::Starting:
        return Badge::Dots;
    case TrayStatus::State::Error:
    case TrayStatus::State::Exhausted:
        return Badge::Cross;
    case TrayStatus::State::NoAccount:
    case TrayStatus::State::SignInNeeded:
    case TrayStatus::State::QuotaLow:
        return Badge::Exclamation;
    }
    return Badge::None;
}
} // namespace

QColor TrayIconPainter::glyphColor(TrayStatus::State state)
{
    switch (state) {
    case TrayStatus::State::Running:
        return kGreen;
    case TrayStatus::State::QuotaLow:
        return kAmber;
    case TrayStatus::State::Exhausted:
        return kRed;
    case TrayStatus::State::Error: // not running: a dimmed glyph with a red cross
    case TrayStatus::State::Starting:
    case TrayStatus::State::NoAccount:
    case TrayStatus::State::SignInNeeded:
        return kGrey;
    }
    return kGrey;
}

QColor TrayIconPainter::badgeColor(TrayStatus::State state)
{
    switch (badgeFor(state)) {
    case Badge::None:
        return {};
    case Badge::Dots:
        return kGrey;
    case Badge::Cross:
        return kRed;
    case Badge::Exclamation:
        return state == TrayStatus::State::QuotaLow ? kAmber : kOrange;
    }
    return {};
}

QPixmap TrayIconPainter::pixmap(TrayStatus::State state, int size, qreal devicePixelRatio)
{
    const int device = qMax(1, qRound(size * devicePixelRatio));
    QPixmap pixmap(device, device);
    pixmap.fill(Qt::transparent);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;

    // The bridge, cut out of a rounded tile: an arch over a deck, hangers between them, two piers below.
    const QRectF tile(s * 0.04, s * 0.04, s * 0.92, s * 0.92);
    QPainterPath glyph;
    glyph.addRoundedRect(tile, s * 0.22, s * 0.22);
    const qreal line = qMax<qreal>(1.0, s * 0.085);
    const QPen stroke(Qt::black, line, Qt::SolidLine, Qt::FlatCap);
    const qreal deckY = s * 0.60;
    QPainterPath cut;
    cut.addRect(QRectF(s * 0.12, deckY, s * 0.76, line));
    QPainterPath arch;
    arch.moveTo(s * 0.16, deckY);
    arch.cubicTo(s * 0.30, s * 0.18, s * 0.70, s * 0.18, s * 0.84, deckY);
    cut.addPath(QPainterPathStroker(stroke).createStroke(arch));
    if (size >= 20) {
        // Hangers only where there are pixels enough to tell them apart.
        for (const qreal x : {0.38, 0.50, 0.62}) {
            QPainterPath hanger;
            hanger.moveTo(s * x, s * 0.34);
            hanger.lineTo(s * x, deckY);
            QPainterPathStroker thin(QPen(Qt::black, qMax<qreal>(1.0, line * 0.5)));
            cut.addPath(thin.createStroke(hanger));
        }
    }
    cut.addRect(QRectF(s * 0.24, deckY, line, s * 0.28));
    cut.addRect(QRectF(s * 0.76 - line, deckY, line, s * 0.28));
    p.fillPath(glyph.subtracted(cut), glyphColor(state));

    const Badge badge = badgeFor(state);
    if (badge != Badge::None) {
        const qreal d = s * 0.50;
        const QRectF circle(s - d, s - d, d, d);
        // A ring in the background colour keeps the badge readable on top of the glyph.
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        p.setBrush(Qt::black);
        p.setPen(Qt::NoPen);
        p.drawEllipse(circle.adjusted(-s * 0.05, -s * 0.05, s * 0.05, s * 0.05));
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        p.setBrush(badgeColor(state));
        p.drawEllipse(circle);
        QPen mark(Qt::white, qMax<qreal>(1.0, s * 0.07), Qt::SolidLine, Qt::RoundCap);
        p.setPen(mark);
        const QPointF c = circle.center();
        const qreal r = d * 0.24;
        switch (badge) {
        case Badge::Exclamation:
            p.drawLine(QPointF(c.x(), c.y() - r), QPointF(c.x(), c.y() + r * 0.25));
            p.drawPoint(QPointF(c.x(), c.y() + r * 0.95));
            break;
        case Badge::Cross:
            p.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
            p.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
            break;
        case Badge::Dots:
            for (int i = -1; i <= 1; ++i)
                p.drawPoint(QPointF(c.x() + i * r, c.y()));
            break;
        case Badge::None:
            break;
        }
    }
    return pixmap;
}

QIcon TrayIconPainter::icon(TrayStatus::State state)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128})
        icon.addPixmap(pixmap(state, size));
    return icon;
}
