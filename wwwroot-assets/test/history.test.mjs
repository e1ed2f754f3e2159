import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replacement } from '../src/minutes/history.js';

const apply = (text, change) => text.slice(0, change.from) + change.insert + text.slice(change.to);

test('restoring replaces only what differs: the common start and end are kept', () => {
  const change = replacement('The board agreed the plan.', 'The board noted the plan.');
  assert.deepEqual(change, { from: 10, to: 14, insert: 'not' }); // "agre|ed" → "not|ed"
});

test('restoring an empty text deletes everything, and restoring into an empty one inserts it all', () => {
  assert.deepEqual(replacement('Some minutes.', ''), { from: 0, to: 13, insert: '' });
  assert.deepEqual(replacement('', 'Some minutes.'), { from: 0, to: 0, insert: 'Some minutes.' });
  assert.deepEqual(replacement('Same.', 'Same.'), { from: 5, to: 5, insert: '' });
});

test('for any two texts the change turns the first into the second, and prefix and suffix never overlap', () => {
  const letters = 'aab \n';
  const random = (n) => Array.from({ length: n }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
  for (let i = 0; i < 2000; i++) {
    const from = random(Math.floor(Math.random() * 12));
    const to = random(Math.floor(Math.random() * 12));
    const change = replacement(from, to);
    assert.equal(apply(from, change), to, JSON.stringify({ from, to, change }));
    assert.ok(change.from <= change.to);
  }
});
