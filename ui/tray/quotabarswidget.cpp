#include "quotabarswidget.h"

#include "tray/quotaformatter.h"
#include "tray/traystatus.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kMargin = 12;
constexpr int kRowHeight = 22;
constexpr int kBarHeight = 6;
constexpr int kNameWidth = 64;
constexpr int kBarWidth = 110;
} // namespace

QuotaBarsWidget::QuotaBarsWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TranslucentBackground);
    setAccessibleName(tr("Quota of the active account"));
}

void QuotaBarsWidget::setQuota(const std::optional<QuotaSnapshot> &quota)
{
    m_quota = quota;
    setAccessibleDescription(rowsText());
    setToolTip(rowsText());
    update();
}

QList<QuotaBarsWidget::Row> QuotaBarsWidget::rows() const
{
    QList<Row> result;
    const QuotaSnapshot quota = m_quota.value_or(QuotaSnapshot());
    const QuotaSnapshot::Window *windows[] = {&quota.primary, &quota.secondary};
    for (int i = 0; i < 2; ++i) {
        const QuotaSnapshot::Window &window = *windows[i];
        result.append({QuotaFormatter::windowName(window, i == 0), window.usedPercent,
                       QuotaFormatter::percent(window.usedPercent), QuotaFormatter::resetsIn(window.resetAt)});
    }
    return result;
}

QString QuotaBarsWidget::rowsText() const
{
    QStringList lines;
    for (const Row &row : rows()) {
        QString line = tr("%1: %2").arg(row.name, row.percentText);
        if (!row.resetText.isEmpty())
            line += QStringLiteral(" · ") + row.resetText;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QSize QuotaBarsWidget::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int resetWidth = metrics.horizontalAdvance(tr("resets in %1 h %2 m").arg(23).arg(59));
    const int percentWidth = metrics.horizontalAdvance(QStringLiteral("100 %"));
    return {kMargin * 2 + kNameWidth + kBarWidth + 8 + percentWidth + 10 + resetWidth, kMargin / 2 * 2 + kRowHeight * 2};
}

void QuotaBarsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setQuota(m_quota);
    QWidget::changeEvent(event);
}

void QuotaBarsWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65);
    QColor track = text;
    track.setAlphaF(0.15);

    int y = kMargin / 2;
    for (const Row &row : rows()) {
        const QRect line(kMargin, y, width() - 2 * kMargin, kRowHeight);
        p.setPen(dim);
        p.drawText(QRect(line.left(), line.top(), kNameWidth, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   row.name);
        const QRectF bar(line.left() + kNameWidth, line.center().y() - kBarHeight / 2.0, kBarWidth, kBarHeight);
        QPainterPath trackPath;
        trackPath.addRoundedRect(bar, kBarHeight / 2.0, kBarHeight / 2.0);
        if (row.usedPercent) {
            p.fillPath(trackPath, track);
            const double share = qBound(0.0, *row.usedPercent / 100.0, 1.0);
            QColor fill = pal.color(QPalette::Highlight);
            if (*row.usedPercent >= 100.0)
                fill = QColor(0xe5, 0x48, 0x4d);
            else if (*row.usedPercent >= TrayStatus::LowPercent)
                fill = QColor(0xf5, 0xa6, 0x23);
            if (share > 0) {
                QPainterPath filled;
                filled.addRoundedRect(QRectF(bar.left(), bar.top(), qMax(kBarHeight * 1.0, bar.width() * share),
                                             bar.height()),
                                      kBarHeight / 2.0, kBarHeight / 2.0);
                p.fillPath(filled, fill);
            }
        } else {
            p.setPen(QPen(track, 1, Qt::DashLine));
            p.drawPath(trackPath);
        }
        p.setPen(text);
        const int percentLeft = int(bar.right()) + 8;
        const int percentWidth = QFontMetrics(font()).horizontalAdvance(QStringLiteral("100 %"));
        p.drawText(QRect(percentLeft, line.top(), percentWidth, kRowHeight), Qt::AlignVCenter | Qt::AlignRight,
                   row.percentText);
        p.setPen(dim);
        p.drawText(QRect(percentLeft + percentWidth + 10, line.top(), line.right() - percentLeft - percentWidth - 10,
                         kRowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, row.resetText);
        y += kRowHeight;
    }
}
