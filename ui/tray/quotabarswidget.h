#pragma once

#include "quota/quotasnapshot.h"

#include <QWidget>

#include <optional>

// The active account's quota inside the tray menu: one small bar per window (5-hour, weekly) with the used share
// and "resets in 2 h 13 m". Bars turn amber from 80 % and red at 100 %; an unknown share draws an empty, dashed
// bar and "?" rather than a misleading 0 %.
class QuotaBarsWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaBarsWidget)

public:
    explicit QuotaBarsWidget(QWidget *parent = nullptr);

    void setQuota(const std::optional<QuotaSnapshot> &quota);
    std::optional<QuotaSnapshot> quota() const { return m_quota; }
    // The text of both rows, as drawn (for accessibility and for menus that cannot show widgets).
    QString rowsText() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString name;
        std::optional<double> usedPercent;
        QString percentText;
        QString resetText;
    };
    QList<Row> rows() const;

    std::optional<QuotaSnapshot> m_quota;
};
