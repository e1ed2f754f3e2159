// A gap in the revisions that does not fill by itself (a broadcast lost between nodes) leads to one rejoin.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { GapWatch } from '../src/minutes/gap-watch.js';

function withClock(body) {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    body();
  } finally {
    mock.timers.reset();
  }
}

test('a gap that fills in time asks for nothing', () => withClock(() => {
  let rejoins = 0;
  const watch = new GapWatch({ onGap: () => rejoins++, timeoutMs: 3000 });
  watch.observe(1, 5); // revision 7 arrived before 6
  mock.timers.tick(1000);
  watch.observe(0, 7); // 6 came: both applied
  mock.timers.tick(5000);
  assert.equal(rejoins, 0);
}));

test('a gap that stays open asks for one rejoin, however many messages pile up behind it', () => withClock(() => {
  let rejoins = 0;
  const watch = new GapWatch({ onGap: () => rejoins++, timeoutMs: 3000 });
  watch.observe(1, 5);
  mock.timers.tick(1000);
  watch.observe(2, 5);
  watch.observe(3, 5);
  mock.timers.tick(2000);
  assert.equal(rejoins, 1);
  mock.timers.tick(10000);
  assert.equal(rejoins, 1);
}));

test('progress past one gap into another times the new gap afresh', () => withClock(() => {
  let rejoins = 0;
  const watch = new GapWatch({ onGap: () => rejoins++, timeoutMs: 3000 });
  watch.observe(1, 5);
  mock.timers.tick(2500);
  watch.observe(1, 9); // 6..9 arrived, 11 waits for 10
  mock.timers.tick(2500);
  assert.equal(rejoins, 0);
  mock.timers.tick(500);
  assert.equal(rejoins, 1);
}));

test('a head beyond the revision reached, with nothing held, asks for one rejoin (the last broadcast was lost)', () => withClock(() => {
  let rejoins = 0;
  const watch = new GapWatch({ onGap: () => rejoins++, timeoutMs: 3000 });
  watch.observe(0, 5);
  watch.headSeen(6, 5);
  mock.timers.tick(2999);
  assert.equal(rejoins, 0);
  watch.headSeen(6, 5); // the next beat, same gap: not timed afresh
  mock.timers.tick(1);
  assert.equal(rejoins, 1);
  watch.observe(0, 6); // the rejoin brought it
  watch.headSeen(6, 6);
  mock.timers.tick(10000);
  assert.equal(rejoins, 1);
}));

test('a head the client reaches in time (its own ack, a broadcast a moment late) asks for nothing', () => withClock(() => {
  let rejoins = 0;
  const watch = new GapWatch({ onGap: () => rejoins++, timeoutMs: 3000 });
  watch.headSeen(8, 7);
  mock.timers.tick(500);
  watch.observe(0, 8);
  watch.headSeen(8, 8);
  watch.headSeen(3, 8); // an older beat, delivered late, changes nothing
  mock.timers.tick(10000);
  assert.equal(rejoins, 0);
}));
