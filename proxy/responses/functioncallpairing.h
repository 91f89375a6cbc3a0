#pragma once

#include <QJsonArray>

// Enforces the backend's pairing rule on a Responses `input` list: every function_call has exactly one
// function_call_output after it and every output answers an earlier call ("No tool output found for
// function call ..."). Client histories break this when the user interrupts a tool call, after
// compaction, or when ids repeat.
class FunctionCallPairing
{
public:
    struct Report
    {
        int synthesizedOutputs = 0; // calls without an output: an "interrupted" output was added
        int orphanOutputs = 0;      // outputs without a call: turned into a user message
        int renamedCalls = 0;       // repeated call ids made unique
    };

    // Repairs `input` in place:
    // - an output answers the earliest unanswered earlier call with its call_id;
    // - a repeated call_id gets a "_2", "_3"... suffix (and so does the output that answers it);
    // - a call left unanswered gets an output right after its run of consecutive calls;
    // - an output that answers nothing becomes a user message quoting it.
    static Report repair(QJsonArray &input);
};
