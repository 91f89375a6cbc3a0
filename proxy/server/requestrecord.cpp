#include "requestrecord.h"

QString RequestRecord::toLogLine() const
{
    QString line = QString::fromLatin1(method) + QLatin1Char(' ') + QString::fromUtf8(path) + QLatin1Char(' ')
        + QString::number(status) + QLatin1Char(' ') + QString::number(durationMs) + QStringLiteral("ms");
    if (!clientModel.isEmpty()) {
        line += QStringLiteral(" model=") + clientModel;
        if (!upstreamModel.isEmpty() && upstreamModel != clientModel)
            line += QStringLiteral("->") + upstreamModel;
    }
    if (streamed)
        line += QStringLiteral(" stream");
    if (firstByteMs >= 0)
        line += QStringLiteral(" ttfb=") + QString::number(firstByteMs) + QStringLiteral("ms");
    if (inputTokens || outputTokens) {
        line += QStringLiteral(" tokens=%1/%2/%3").arg(inputTokens).arg(cachedTokens).arg(outputTokens);
    }
    if (attempts > 1)
        line += QStringLiteral(" attempts=") + QString::number(attempts);
    if (failedInStream)
        line += QStringLiteral(" failed-in-stream");
    if (!account.isEmpty())
        line += QStringLiteral(" account=") + account;
    return line;
}
