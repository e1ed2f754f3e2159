// Random documents and edits for the property and session tests; emoji included so surrogate pairs get exercised.
import { TextOperation } from '../src/ot/text-operation.js';

const alphabet = ['a', 'b', 'c', 'd', ' ', '\n', '\ud83d\ude00', '\u00e9'];

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
export function makeRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n) => Math.floor(next() * n) };
}

export function randomText(random, maxCodePoints) {
  let text = '';
  const count = random.int(maxCodePoints + 1);
  for (let i = 0; i < count; i++) text += alphabet[random.int(alphabet.length)];
  return text;
}

const isLow = (doc, i) => i > 0 && i < doc.length && doc.charCodeAt(i) >= 0xdc00 && doc.charCodeAt(i) <= 0xdfff;

/** An operation of several components spanning doc, never cutting a surrogate pair. */
export function randomOperation(random, doc) {
  const b = TextOperation.builder();
  let position = 0;
  while (position < doc.length) {
    let end = Math.min(doc.length, position + 1 + random.int(Math.max(1, Math.floor(doc.length / 3))));
    if (isLow(doc, end)) end++;
    const span = end - position;
    const roll = random.int(4);
    if (roll === 0) b.insert(randomText(random, 3));
    else if (roll === 1) {
      b.delete(span);
      position += span;
    } else {
      b.retain(span);
      position += span;
    }
  }
  if (random.int(3) === 0) b.insert(randomText(random, 3));
  return b.build();
}

/** One keystroke-sized edit at one place. */
export function randomEdit(random, doc) {
  let position = random.int(doc.length + 1);
  if (isLow(doc, position)) position--;
  let del = 0;
  if (random.int(3) === 0) {
    let end = Math.min(doc.length, position + 1 + random.int(4));
    if (isLow(doc, end)) end++;
    del = end - position;
  }
  let insert = del > 0 && random.int(2) === 0 ? '' : randomText(random, 3);
  if (del === 0 && insert.length === 0) insert = 'x';
  return TextOperation.replace(doc.length, position, del, insert);
}
