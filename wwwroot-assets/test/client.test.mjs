// The browser client's state machine, and randomised sessions of several clients against a minimal sequencer that
// behaves like the C# DocumentSequencer (transform over unseen revisions, earlier-sequenced insert first, dedup).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { TextOperation } from '../src/ot/text-operation.js';
import { OtClient, ClientState, UNDO_GROUP_PAUSE_MS } from '../src/ot/client.js';
import { makeRandom, randomEdit } from './random-edits.mjs';

/** A test double of the server's sequencer. */
class Sequencer {
  constructor() {
    this.text = '';
    this.records = [];
    this.byClient = new Map();
  }

  submit({ clientId, clientSeq, baseRevision, op }) {
    const key = `${clientId}#${clientSeq}`;
    const seen = this.byClient.get(key);
    if (seen) return { ...seen, duplicate: true };
    if (baseRevision < 0 || baseRevision > this.records.length) throw new Error('revision out of range');
    for (const r of this.records.slice(baseRevision)) op = TextOperation.transform(r.op, op)[1];
    this.text = op.apply(this.text);
    const record = { revision: this.records.length + 1, op, clientId, clientSeq };
    this.records.push(record);
    this.byClient.set(key, record);
    return { ...record, duplicate: false };
  }
}

describe('OtClient', () => {
  test('one edit in flight, the rest buffered and composed', () => {
    const client = new OtClient({ clientId: 'c', text: '', revision: 0 });
    const first = client.applyLocal(TextOperation.insert(0, 0, 'a'));
    assert.deepEqual(first.op.toJSON(), ['a']);
    assert.equal(client.applyLocal(TextOperation.insert(1, 1, 'b')), null);
    assert.equal(client.applyLocal(TextOperation.insert(2, 2, 'c')), null);
    assert.equal(client.state, ClientState.AwaitingWithBuffer);

    const next = client.receiveAck(1);

    assert.deepEqual(next, { clientId: 'c', clientSeq: 2, baseRevision: 1, op: TextOperation.fromJSON([1, 'bc']) });
    assert.equal(client.receiveAck(2), null);
    assert.equal(client.state, ClientState.Synchronized);
  });

  test('a remote insert at the same position as pending text goes before it, as on the server', () => {
    const client = new OtClient({ clientId: 'c', text: 'xy', revision: 5 });
    client.applyLocal(TextOperation.insert(2, 1, 'L'));
    const applied = [];
    client.onRemoteOperation = (op) => applied.push(op.toJSON());

    client.receiveOperation(6, [1, 'R', 1], 'other', 1);

    assert.equal(client.text, 'xRLy');
    assert.deepEqual(applied, [[1, 'R', 2]]);
    assert.deepEqual(client.pendingSubmission.op.toJSON(), [2, 'L', 1]);
  });

  test('messages that arrive early wait for the revisions before them', () => {
    const client = new OtClient({ clientId: 'c', text: '', revision: 0 });
    client.receiveOperation(2, [1, 'b'], 'o', 2);
    assert.equal(client.text, '');
    assert.equal(client.heldMessages, 1);
    client.receiveOperation(1, ['a'], 'o', 1);
    client.receiveOperation(1, ['a'], 'o', 1);
    assert.equal(client.text, 'ab');
    assert.equal(client.revision, 2);
  });

  test('its own edit read back after a reconnect counts as the acknowledgement', () => {
    const client = new OtClient({ clientId: 'c', text: '', revision: 0 });
    client.applyLocal(TextOperation.insert(0, 0, 'a'));
    client.applyLocal(TextOperation.insert(1, 1, 'b'));

    const next = client.receiveOperation(1, ['a'], 'c', 1);

    assert.equal(client.text, 'ab');
    assert.equal(next.clientSeq, 2);
  });

  test('a remote cursor maps through pending local edits', () => {
    const client = new OtClient({ clientId: 'c', text: 'hello', revision: 0 });
    client.applyLocal(TextOperation.insert(5, 0, '>> '));
    assert.equal(client.transformServerIndex(5), 8);
    assert.equal(client.transformServerIndex(0), 0);
  });

  test('undo takes back only this member\'s edit, after someone else\'s edit', () => {
    const client = new OtClient({ clientId: 'c', text: 'minutes', revision: 0 });
    client.applyLocal(TextOperation.insert(7, 7, ' draft'));
    client.receiveAck(1);
    client.receiveOperation(2, ['Board ', 13], 'other', 1);

    const undo = client.undo();

    assert.equal(client.text, 'Board minutes');
    assert.deepEqual(undo.op.toJSON(), [13, -6]);
    client.receiveAck(3);
    client.redo();
    assert.equal(client.text, 'Board minutes draft');
  });
});

describe('undo by word and pause', () => {
  // Types `text` one character at a time, `gapMs` apart from `start`, as a keyboard does.
  function type(client, text, start, gapMs = 80) {
    let at = start;
    for (const ch of text) {
      client.applyLocal(TextOperation.insert(client.text.length, client.text.length, ch), { at });
      at += gapMs;
    }
    return at;
  }

  test('a sentence typed without pausing is undone a word at a time', () => {
    const client = new OtClient({ clientId: 'c', text: '', revision: 0 });
    type(client, 'Agreed the plan.', 0);

    assert.equal(client.undoStack.length, 3);
    client.undo();
    assert.equal(client.text, 'Agreed the ');
    client.undo();
    client.undo();
    assert.equal(client.text, '');
    client.redo();
    assert.equal(client.text, 'Agreed ');
  });

  test('a pause of a second or more starts a new group, even inside a word', () => {
    const client = new OtClient({ clientId: 'c', text: '', revision: 0 });
    const later = type(client, 'Appro', 0);
    type(client, 'ved', later + UNDO_GROUP_PAUSE_MS);

    client.undo();
    assert.equal(client.text, 'Appro');
  });

  test('a run of backspaces is one group, and typing after it is another', () => {
    const client = new OtClient({ clientId: 'c', text: 'Agreed draft', revision: 0 });
    let at = 0;
    for (let i = 0; i < 5; i++, at += 60) {
      client.applyLocal(TextOperation.delete(client.text.length, client.text.length - 1, 1), { at });
    }
    type(client, 'final', at);
    assert.equal(client.text, 'Agreed final');

    client.undo();
    assert.equal(client.text, 'Agreed ');
    client.undo();
    assert.equal(client.text, 'Agreed draft');
  });

  test('another member\'s edit in the middle of a word keeps the group, moved past their edit', () => {
    const client = new OtClient({ clientId: 'c', text: 'Notes: ', revision: 0 });
    const mid = type(client, 'quor', 0);
    client.receiveAck(1); // 'q'
    client.receiveAck(2); // 'uor', composed while 'q' was in flight
    client.receiveOperation(3, ['Board ', 11], 'other', 1);
    type(client, 'ate', mid);
    assert.equal(client.text, 'Board Notes: quorate');

    client.undo();
    assert.equal(client.text, 'Board Notes: ');
    assert.equal(client.undoStack.length, 0);
  });
});

describe('randomised sessions', () => {
  test('clients with reordered, lost and duplicated messages and reconnects converge on the server text', () => {
    let submissions = 0;
    for (let seed = 0; seed < 300; seed++) {
      const random = makeRandom(seed);
      const server = new Sequencer();
      const peers = Array.from({ length: 2 + (seed % 3) }, (_, i) => ({
        client: new OtClient({ clientId: `c${i}`, text: '', revision: 0 }),
        connected: true,
        outbox: [],
        inbox: [],
      }));
      const send = (peer, submission) => {
        if (submission && peer.connected) peer.outbox.push(submission);
      };
      const serve = (peer) => {
        if (!peer.connected || peer.outbox.length === 0) return;
        const submission = peer.outbox.shift();
        const result = server.submit(submission);
        submissions++;
        if (!result.duplicate) {
          for (const other of peers) {
            if (other !== peer && other.connected) other.inbox.push({ ...result, ack: false });
          }
        }
        if (random.int(20) === 0) return; // acknowledgement lost
        peer.inbox.push({ ...result, ack: true });
        if (random.int(20) === 0) peer.outbox.push(submission); // duplicated by the network
      };
      const deliver = (peer) => {
        if (!peer.connected || peer.inbox.length === 0) return;
        const [m] = peer.inbox.splice(random.int(peer.inbox.length), 1);
        send(peer, m.ack ? peer.client.receiveAck(m.revision) : peer.client.receiveOperation(m.revision, m.op, m.clientId, m.clientSeq));
      };
      const disconnect = (peer) => {
        peer.connected = false;
        peer.inbox = [];
        peer.outbox = [];
      };
      const reconnect = (peer) => {
        peer.connected = true;
        const missed = server.records.slice(peer.client.revision).sort(() => random.int(3) - 1);
        for (const r of missed) send(peer, peer.client.receiveOperation(r.revision, r.op, r.clientId, r.clientSeq));
        send(peer, peer.client.pendingSubmission);
      };

      for (let step = 0; step < 300; step++) {
        const peer = peers[random.int(peers.length)];
        const roll = random.int(100);
        if (roll < 35) {
          if (random.int(10) === 0 && peer.client.undoStack.length > 0) send(peer, peer.client.undo());
          else send(peer, peer.client.applyLocal(randomEdit(random, peer.client.text)));
        } else if (roll < 65) serve(peer);
        else if (roll < 94) deliver(peer);
        else if (roll < 97 && peer.connected) disconnect(peer);
        else if (!peer.connected) reconnect(peer);
      }
      for (let round = 0; round < 20; round++) {
        for (const peer of peers) {
          disconnect(peer);
          reconnect(peer);
        }
        while (peers.some((p) => p.inbox.length > 0 || p.outbox.length > 0)) {
          for (const peer of peers) {
            serve(peer);
            deliver(peer);
          }
        }
        if (peers.every((p) => p.client.state === ClientState.Synchronized && p.client.revision === server.records.length)) break;
      }

      const replayed = server.records.reduce((text, r) => r.op.apply(text), '');
      assert.equal(server.text, replayed, `seed ${seed}`);
      for (const peer of peers) {
        assert.equal(peer.client.state, ClientState.Synchronized, `seed ${seed}`);
        assert.equal(peer.client.text, server.text, `seed ${seed}`);
      }
    }
    assert.ok(submissions > 5000, `only ${submissions} submissions`);
  });
});
