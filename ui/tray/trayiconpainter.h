#pragma once

#include "tray/traystatus.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

// Draws the tray icon for each state: a bridge glyph whose colour and corner badge tell the state (green running,
// amber quota low, red exhausted, grey with a red cross when the proxy is not running, grey with an orange "!"
// when an account is missing or must sign in, grey with dots while starting).
// Drawn, not loaded from files, so every size is crisp on any scale factor.
class TrayIconPainter
{
public:
    static QIcon icon(TrayStatus::State state);
    static QPixmap pixmap(TrayStatus::State state, int size, qreal devicePixelRatio = 1.0);
    static QColor glyphColor(TrayStatus::State state);
    // The badge colour, or an invalid QColor when the state has no badge.
    static QColor badgeColor(TrayStatus::State state);
};
