// Runs the shared vectors (testdata/ot-vectors.json) and property checks against the JavaScript engine.
// From the repository root: node --test wwwroot-assets/test/
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextOperation, OperationRejectedError } from '../src/ot/text-operation.js';
import { randomText, randomOperation, makeRandom } from './random-edits.mjs';

const vectors = JSON.parse(readFileSync(new URL('../../testdata/ot-vectors.json', import.meta.url), 'utf8'));
const parse = (json) => TextOperation.fromJSON(json);

describe('shared vectors', () => {
  for (const v of vectors.apply) {
    test(`apply: ${v.name}`, () => {
      const op = parse(v.op);
      assert.equal(op.apply(v.doc), v.result);
      assert.ok(parse(JSON.parse(JSON.stringify(op))).equals(op));
    });
  }
  for (const v of vectors.normalise) {
    test(`normalise: ${v.name}`, () => {
      assert.deepEqual(parse(v.op).toJSON(), v.normalised);
    });
  }
  for (const v of vectors.compose) {
    test(`compose: ${v.name}`, () => {
      const a = parse(v.a);
      const b = parse(v.b);
      const composed = TextOperation.compose(a, b);
      assert.deepEqual(composed.toJSON(), v.composed);
      assert.equal(composed.apply(v.doc), b.apply(a.apply(v.doc)));
    });
  }
  for (const v of vectors.transform) {
    test(`transform: ${v.name}`, () => {
      const left = parse(v.left);
      const right = parse(v.right);
      const [leftPrime, rightPrime] = TextOperation.transform(left, right);
      assert.deepEqual(leftPrime.toJSON(), v.leftPrime);
      assert.deepEqual(rightPrime.toJSON(), v.rightPrime);
      assert.equal(rightPrime.apply(left.apply(v.doc)), v.result);
      assert.equal(leftPrime.apply(right.apply(v.doc)), v.result);
    });
  }
  for (const v of vectors.transformIndex) {
    test(`transformIndex: ${v.name}`, () => {
      assert.equal(parse(v.op).transformIndex(v.index, v.own), v.expected);
    });
  }
  for (const v of vectors.invert) {
    test(`invert: ${v.name}`, () => {
      const op = parse(v.op);
      const inverse = op.invert(v.doc);
      assert.deepEqual(inverse.toJSON(), v.inverse);
      assert.equal(inverse.apply(op.apply(v.doc)), v.doc);
    });
  }
  for (const v of vectors.invalid) {
    test(`invalid: ${v.name}`, () => {
      assert.throws(() => parse(v.op).apply(v.doc), (e) => e instanceof OperationRejectedError && e.code === v.error);
    });
  }
});

describe('properties', () => {
  const cases = 3000;

  test('concurrent operations converge when transformed', () => {
    const random = makeRandom(1);
    for (let i = 0; i < cases; i++) {
      const doc = randomText(random, 30);
      const left = randomOperation(random, doc);
      const right = randomOperation(random, doc);
      const [lp, rp] = TextOperation.transform(left, right);
      assert.equal(rp.apply(left.apply(doc)), lp.apply(right.apply(doc)), `doc ${JSON.stringify(doc)} left ${left} right ${right}`);
    }
  });

  test('composition applies like the two operations in turn and is associative', () => {
    const random = makeRandom(2);
    for (let i = 0; i < cases; i++) {
      const doc = randomText(random, 30);
      const a = randomOperation(random, doc);
      const b = randomOperation(random, a.apply(doc));
      const c = randomOperation(random, b.apply(a.apply(doc)));
      assert.equal(TextOperation.compose(a, b).apply(doc), b.apply(a.apply(doc)));
      assert.ok(TextOperation.compose(TextOperation.compose(a, b), c).equals(TextOperation.compose(a, TextOperation.compose(b, c))));
    }
  });

  test('an inverted operation restores the document', () => {
    const random = makeRandom(3);
    for (let i = 0; i < cases; i++) {
      const doc = randomText(random, 30);
      const op = randomOperation(random, doc);
      assert.equal(op.invert(doc).apply(op.apply(doc)), doc);
    }
  });

  test('a transformed caret stays in range and in order', () => {
    const random = makeRandom(4);
    for (let i = 0; i < 500; i++) {
      const doc = randomText(random, 30);
      const op = randomOperation(random, doc);
      let previous = 0;
      for (let index = 0; index <= doc.length; index++) {
        const other = op.transformIndex(index);
        const own = op.transformIndex(index, true);
        assert.ok(other >= previous && other <= op.targetLength && other <= own);
        previous = other;
      }
    }
  });

  test('builders reject what the wire format rejects', () => {
    assert.throws(() => TextOperation.insert(3, 4, 'x'), { code: 'OutOfRange' });
    assert.throws(() => TextOperation.insert(3, 1, ''), { code: 'InvalidLength' });
    assert.throws(() => TextOperation.delete(3, 1, 0), { code: 'InvalidLength' });
    assert.throws(() => TextOperation.replace(3, 0, 0, '\ud83d'), { code: 'LoneSurrogate' });
    assert.throws(() => TextOperation.compose(TextOperation.identity(2), TextOperation.identity(3)), { code: 'BaseLengthMismatch' });
  });
});
