// Cursor updates are coalesced (at most one per 100 ms, the latest always sent) so that typing never meets the hub's
// presence limit (BoardRoom:Minutes PresenceBurst 30, PresenceUpdatesPerSecond 15).
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { coalesce } from '../src/minutes/coalesce.js';

function withClock(body) {
  mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 1_000_000 });
  try {
    body();
  } finally {
    mock.timers.reset();
  }
}

test('the first value goes at once, a burst becomes one trailing call with the latest value', () => withClock(() => {
  const sent = [];
  const push = coalesce((v) => sent.push(v), 100);
  push(1);
  assert.deepEqual(sent, [1]);
  push(2);
  push(3);
  mock.timers.tick(50);
  push(4);
  assert.deepEqual(sent, [1]);
  mock.timers.tick(50);
  assert.deepEqual(sent, [1, 4]);
  mock.timers.tick(500);
  assert.deepEqual(sent, [1, 4]);
}));

test('fast typing for ten seconds stays inside the server presence limit, and the last caret is sent', () => withClock(() => {
  // The server's token bucket, as MinutesHub applies it to UpdatePresence.
  const burst = 30;
  const perSecond = 15;
  let tokens = burst;
  let lastRefill = Date.now();
  const sentAt = [];
  const refused = [];
  const push = coalesce((caret) => {
    const now = Date.now();
    tokens = Math.min(burst, tokens + ((now - lastRefill) / 1000) * perSecond);
    lastRefill = now;
    if (tokens < 1) refused.push(caret);
    else tokens -= 1;
    sentAt.push({ now, caret });
  }, 100);

  // 20 keystrokes a second (a very fast typist), each moving the caret, for ten seconds.
  for (let caret = 1; caret <= 200; caret++) {
    push(caret);
    mock.timers.tick(50);
  }
  mock.timers.tick(200);

  assert.deepEqual(refused, []);
  assert.ok(sentAt.length <= 101, `${sentAt.length} updates sent`);
  for (let i = 1; i < sentAt.length; i++) assert.ok(sentAt[i].now - sentAt[i - 1].now >= 100);
  assert.equal(sentAt.at(-1).caret, 200);
}));

test('cancel drops what is waiting', () => withClock(() => {
  const sent = [];
  const push = coalesce((v) => sent.push(v), 100);
  push('a');
  push('b');
  push.cancel();
  mock.timers.tick(1000);
  assert.deepEqual(sent, ['a']);
}));
