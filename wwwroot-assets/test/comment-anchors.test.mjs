// Comment anchors in the browser (issue #15, item 5): the server gives a thread's range on its text at a revision; the
// OT client maps it onto the local text through the server operations since and its own pending edits. Checked against
// the server's rule: once the member's pending edits are sequenced, the range equals the one the server gets by
// transforming the anchor through its log.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { TextOperation } from '../src/ot/text-operation.js';
import { OtClient } from '../src/ot/client.js';
import { makeRandom, randomEdit, randomText } from './random-edits.mjs';

/** The server's anchor rule (BoardRoom.Core.Minutes.Ot.TextAnchor.Through). */
function through(op, { start, end }) {
  const s = op.transformIndex(start, true);
  return { start: s, end: Math.max(s, op.transformIndex(end)) };
}

/** A sequencer double: transforms a submission over the revisions it has not seen, as the C# DocumentSequencer does. */
class Server {
  constructor(text) {
    this.text = text;
    this.records = [];
  }

  submit({ baseRevision, op }) {
    for (const r of this.records.slice(baseRevision)) op = TextOperation.transform(r.op, op)[1];
    this.text = op.apply(this.text);
    this.records.push({ revision: this.records.length + 1, op });
    return this.records.length;
  }
}

describe('mapServerRange', () => {
  test('a range at an older revision is carried over the operations since and over pending edits', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const random = makeRandom(seed);
      const start = randomText(random, 12) + 'anchored words' + randomText(random, 12);
      const server = new Server(start);
      const aisha = new OtClient({ clientId: 'aisha', text: start, revision: 0 });
      const helen = new OtClient({ clientId: 'helen', text: start, revision: 0 });

      // Edits by both before and after the revision the comment's range is on, all sequenced and delivered.
      const texts = [start];
      for (let i = 1 + random.int(6); i > 0; i--) {
        const [author, other, name] = random.int(2) === 0 ? [helen, aisha, 'helen'] : [aisha, helen, 'aisha'];
        const revision = server.submit(author.applyLocal(randomEdit(random, author.text)));
        author.receiveAck(revision);
        other.receiveOperation(revision, server.records[revision - 1].op, name, i);
        texts.push(server.text);
      }
      const at = random.int(texts.length);
      const from = random.int(texts[at].length);
      const range = { start: from, end: from + random.int(texts[at].length - from + 1) };

      // Helen keeps typing (sequenced, delivered to Aisha); Aisha types without sending yet.
      for (let i = 1 + random.int(5); i > 0; i--) {
        if (random.int(2) === 0) {
          const revision = server.submit(helen.applyLocal(randomEdit(random, helen.text)));
          helen.receiveAck(revision);
          aisha.receiveOperation(revision, server.records[revision - 1].op, 'helen', 100 + i);
        } else {
          aisha.applyLocal(randomEdit(random, aisha.text));
        }
      }
      const mapped = aisha.mapServerRange(at, range.start, range.end);

      // Aisha's edits go through; nobody else types meanwhile.
      for (let submission = aisha.pendingSubmission; submission; ) {
        submission = aisha.receiveAck(server.submit(submission));
      }
      let expected = range;
      for (const r of server.records.slice(at)) expected = through(r.op, expected);

      assert.equal(aisha.text, server.text, `seed ${seed}`);
      assert.deepEqual(mapped, expected, `seed ${seed}`);
      assert.ok(mapped.start <= mapped.end && mapped.end <= aisha.text.length, `seed ${seed}`);
    }
  });

  test('a revision the client has not reached yet, or no longer remembers, cannot be mapped', () => {
    const client = new OtClient({ clientId: 'c', text: 'abc', revision: 5 });
    assert.equal(client.mapServerRange(6, 0, 1), null);
    assert.equal(client.mapServerRange(4, 0, 1), null);
    assert.deepEqual(client.mapServerRange(5, 0, 1), { start: 0, end: 1 });
    client.receiveOperation(6, TextOperation.insert(3, 0, 'X'), 'other', 1);
    assert.deepEqual(client.mapServerRange(5, 0, 1), { start: 1, end: 2 });
  });

  test('typing at the edges of the range stays outside it, typing inside joins it', () => {
    const client = new OtClient({ clientId: 'c', text: 'abcdef', revision: 0 });
    client.applyLocal(TextOperation.insert(6, 2, 'X'));
    assert.deepEqual(client.mapServerRange(0, 2, 4), { start: 3, end: 5 });
    client.applyLocal(TextOperation.insert(7, 5, 'Y'));
    assert.deepEqual(client.mapServerRange(0, 2, 4), { start: 3, end: 5 });
    client.applyLocal(TextOperation.insert(8, 4, 'Z'));
    assert.deepEqual(client.mapServerRange(0, 2, 4), { start: 3, end: 6 });
  });
});
