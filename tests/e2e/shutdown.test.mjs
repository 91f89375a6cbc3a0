// Quitting the proxy while a stream is in flight: the client gets an `error` event (never a clean end of turn),
// the process exits 0 without a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import { ensureNodeModules, startBridge } from './harness.mjs';

ensureNodeModules();

test('SIGTERM during a stream ends it with an error event and exits cleanly', async () => {
    const bridge = await startBridge();
    let stopping = null;
    try {
        // The default reply streams reasoning, then text; it stalls after the first text delta until we quit.
        const textDeltaIndex = 14;
        await bridge.fake.setRules([{ match: {}, reply: { cut: { afterEvents: textDeltaIndex + 1, mode: 'stall', ms: 60_000 } }, times: 1 }]);
        const client = new Anthropic({ baseURL: bridge.url, apiKey: 'unused', maxRetries: 0 });
        const events = [];
        const stream = client.messages.stream({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'hello' }] });
        let quitSent = false;
        stream.on('streamEvent', e => {
            events.push(e);
            if (!quitSent && e.type === 'content_block_delta' && e.delta.type === 'text_delta') {
                quitSent = true;
                stopping = bridge.stop();
                stopping.catch(() => {}); // awaited below; this only keeps it from being reported early
            }
        });
        const outcome = await stream.finalMessage().then(message => ({ message }), error => ({ error }));
        assert.ok(quitSent, 'the stream had started when the proxy was asked to quit');
        assert.equal(outcome.message, undefined, `a cut answer was delivered as complete: ${JSON.stringify(outcome.message)}`);
        assert.ok(outcome.error instanceof Anthropic.APIError, `expected an in-stream error event, got ${outcome.error}`);
        assert.match(String(outcome.error.message), /quitting/i);
        assert.ok(!events.some(e => e.type === 'message_stop'), 'no message_stop after the cut');
    } finally {
        // bridge.stop() asserts exit code 0 (no crash, no signal) and that no secret reached the output.
        await (stopping ?? bridge.stop());
    }
});
