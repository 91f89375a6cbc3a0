#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

// A fast local estimate of how many o200k tokens a request costs, for POST /v1/messages/count_tokens (answered
// locally, never forwarded) and the input estimate in message_start. No vocabulary: pure, allocation-light,
// linear in the input, never throws or crashes on odd JSON.
//
// Method. Text is split like o200k's pre-tokenizer splits it: letter runs (split at a lower->upper case
// change, one leading space or punctuation character attached, English contractions attached), digit runs in
// groups of three, punctuation runs (with one leading space), whitespace runs (one space is left to the next
// piece). Each piece then gets the average number of tokens o200k gives such a piece, measured with the real
// o200k_base vocabulary on prose, C++/Python/JS code, JSON, German, Russian, Chinese and Japanese text:
//   - Latin word: 1 up to 6 letters, then +1 per 10 more; +0.35 per accented letter
//   - other alphabets (Cyrillic, Greek, ...): 1 + (letters - 2) / 8
//   - CJK (Han, kana, Hangul): 0.7 per character
//   - digits: 1 per group of up to 3
//   - punctuation run: 1 up to 3 ASCII characters, then +1 per 2 more; 1 per other symbol, 1.5 per emoji
//   - whitespace run: 1, +0.01 per further space, +0.06 per further newline or tab, +0.1 per change of
//     character (o200k's longest whitespace tokens hold about 80 spaces or 16 newlines)
// Measured error: within about 6% for prose, code, JSON, CJK and Cyrillic; random base64 is under-estimated
// (about 0.7x).
//
// JSON (tool input, tool schemas) is walked, not serialised: each string costs its text + 0.5, each object
// 0.5 + per member (key text + 1.5), each array 1.5 + 1 per separator; numbers as their text; true/false/null 1.
//
// A request adds: 3 tokens base, 4 per message, 8 per tool plus 12 once for the tool section (the upstream
// renders tools into its prompt). Images cost by their size when known (read from PNG/JPEG/GIF/WebP headers
// or width/height fields) with OpenAI's high-detail tile rule (fit in 2048x2048, shortest side to 768,
// 85 + 170 per 512-px tile), else kDefaultImageTokens. A non-text document (PDF) costs kDefaultImageTokens.
class TokenEstimator
{
public:
    static constexpr qint64 kDefaultImageTokens = 1600;

    // An Anthropic Messages request (system, messages, tools). Also copes with OpenAI Chat Completions shapes
    // (string content, image_url parts, tool_calls, function tools). Never negative.
    static qint64 estimateRequest(const QJsonObject &body);
    // The count_tokens reply: {"input_tokens": N}.
    static QJsonObject countTokensReply(const QJsonObject &body);

    static qint64 estimateText(QStringView text);
    static qint64 estimateJson(const QJsonValue &value);
    // Tokens of an image of this size; kDefaultImageTokens when either side is not positive.
    static qint64 imageTokens(qint64 width, qint64 height);
};
