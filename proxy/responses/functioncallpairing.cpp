#include "functioncallpairing.h"

#include "responses/responsesids.h"
#include "responses/responsesrequestrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace {

const QString &typeKey()
{
    static const QString key = QStringLiteral("type");
    return key;
}

const QString &callIdKey()
{
    static const QString key = QStringLiteral("call_id");
    return key;
}

QString uniqueCallId(const QString &id, const QSet<QString> &used)
{
    for (int n = 2;; ++n) {
        const QString suffix = QChar(u'_') + QString::number(n);
        const QString candidate = id.left(ResponsesIds::MaxIdLength - suffix.size()) + suffix;
        if (!used.contains(candidate))
            return candidate;
    }
}

QJsonObject orphanOutputAsMessage(const QJsonObject &output)
{
    const QString header = QCoreApplication::translate("FunctionCallPairing", "Result of tool call %1:")
                               .arg(output.value(callIdKey()).toString());
    QJsonArray content;
    const QJsonValue value = output.value(QStringLiteral("output"));
    if (value.isArray()) {
        content.append(QJsonObject{{typeKey(), QStringLiteral("input_text")}, {QStringLiteral("text"), header}});
        for (const QJsonValue &part : value.toArray())
            content.append(part);
    } else {
        content.append(QJsonObject{{typeKey(), QStringLiteral("input_text")},
                                   {QStringLiteral("text"), header + QChar(u'\n') + value.toString()}});
    }
    return QJsonObject{{typeKey(), QStringLiteral("message")},
                       {QStringLiteral("role"), QStringLiteral("user")},
                       {QStringLiteral("content"), content}};
}

} // namespace

FunctionCallPairing::Report FunctionCallPairing::repair(QJsonArray &input)
{
    Report report;
    const QString functionCall = QStringLiteral("function_call");
    const QString functionCallOutput = QStringLiteral("function_call_output");

    // Fast path: most requests are already well paired; check without copying anything.
    {
        QHash<QString, int> open;
        QSet<QString> seenCalls;
        bool clean = true;
        for (const QJsonValue &value : std::as_const(input)) {
            const QJsonObject item = value.toObject();
            const QString type = item.value(typeKey()).toString();
            if (type == functionCall) {
                const QString id = item.value(callIdKey()).toString();
                if (seenCalls.contains(id)) {
                    clean = false;
                    break;
                }
                seenCalls.insert(id);
                open.insert(id, 1);
            } else if (type == functionCallOutput) {
                if (open.remove(item.value(callIdKey()).toString()) == 0) {
                    clean = false;
                    break;
                }
            }
        }
        if (clean && open.isEmpty())
            return report;
    }

    QList<QJsonValue> out;
    out.reserve(input.size());
    QHash<QString, QList<qsizetype>> unanswered; // client call_id -> indices in `out`, oldest first
    QSet<QString> usedIds;
    QSet<qsizetype> answered;

    for (const QJsonValue &value : std::as_const(input)) {
        QJsonObject item = value.toObject();
        const QString type = item.value(typeKey()).toString();
        if (type == functionCall) {
            const QString id = item.value(callIdKey()).toString();
            QString actual = id;
            if (usedIds.contains(id)) {
                actual = uniqueCallId(id, usedIds);
                item.insert(callIdKey(), actual);
                ++report.renamedCalls;
            }
            usedIds.insert(actual);
            unanswered[id].append(out.size());
            out.append(item);
        } else if (type == functionCallOutput) {
            const QString id = item.value(callIdKey()).toString();
            auto it = unanswered.find(id);
            if (it != unanswered.end() && !it->isEmpty()) {
                const qsizetype callIndex = it->takeFirst();
                answered.insert(callIndex);
                const QString actual = out.at(callIndex).toObject().value(callIdKey()).toString();
                if (actual != id)
                    item.insert(callIdKey(), actual);
                out.append(item);
            } else {
                ++report.orphanOutputs;
                out.append(orphanOutputAsMessage(item));
            }
        } else {
            out.append(value);
        }
    }

    // Synthesised outputs go after the run of consecutive calls holding their call, so parallel calls
    // stay together and the outputs follow them, as the backend produces them itself.
    QHash<qsizetype, QList<qsizetype>> insertAfter; // last index of a call run -> unanswered calls in it
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (answered.contains(i) || out.at(i).toObject().value(typeKey()).toString() != functionCall)
            continue;
        qsizetype runEnd = i;
        while (runEnd + 1 < out.size()
               && out.at(runEnd + 1).toObject().value(typeKey()).toString() == functionCall)
            ++runEnd;
        insertAfter[runEnd].append(i);
    }

    QJsonArray result;
    for (qsizetype i = 0; i < out.size(); ++i) {
        result.append(out.at(i));
        const auto it = insertAfter.constFind(i);
        if (it == insertAfter.constEnd())
            continue;
        for (const qsizetype callIndex : it.value()) {
            result.append(QJsonObject{
                {typeKey(), functionCallOutput},
                {callIdKey(), out.at(callIndex).toObject().value(callIdKey())},
                {QStringLiteral("output"), ResponsesRequestRules::interruptedToolOutput()}});
            ++report.synthesizedOutputs;
        }
    }
    input = result;
    return report;
}
