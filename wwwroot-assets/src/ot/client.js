// The browser's OT client: the twin of BoardRoom.Core.Minutes.Sequencing.OtClient. At most one edit in flight,
// later edits composed into a buffer, server operations transformed over both (server operation on the left, as
// the server's sequencer does, so concurrent inserts at one position end in the same order everywhere).
//
// Server messages carry revisions and may arrive out of order or twice (reconnects, catch-up racing broadcasts):
// they are held until every earlier revision is in, and those at or below `revision` are ignored. A server
// operation from this client's own in-flight submission counts as its acknowledgement.

import { TextOperation } from './text-operation.js';

export const ClientState = Object.freeze({
  Synchronized: 'Synchronized',
  AwaitingConfirm: 'AwaitingConfirm',
  AwaitingWithBuffer: 'AwaitingWithBuffer',
});

/**
 * Undo takes back a word or a burst at a time, as editors do: an edit joins the group at the top of the undo stack when
 * it comes within this many milliseconds of the group's last edit, is of the same kind (typing, or deleting), and does
 * not start a new word (typing after a space or a line break starts a new group).
 */
export const UNDO_GROUP_PAUSE_MS = 1000;

/** How many of the latest server operations a client keeps, to map ranges from a slightly older revision (comments). */
export const SERVER_HISTORY = 1000;

export class OtClient {
  /**
   * @param {{ clientId: string, text: string, revision: number, onRemoteOperation?: (op: TextOperation) => void }} options
   * onRemoteOperation receives each server operation as applied to the local text, for the editor and the cursors.
   */
  constructor({ clientId, text, revision, onRemoteOperation }) {
    if (!clientId) throw new Error('clientId is required');
    this.clientId = clientId;
    this.text = text;
    this.revision = revision;
    this.inflight = null;
    this.inflightSeq = 0;
    this.buffer = null;
    this.onRemoteOperation = onRemoteOperation ?? null;
    this.undoStack = [];
    this.redoStack = [];
    this._undoGroup = null;
    this._nextSeq = 1;
    this._early = new Map();
    this._serverOps = [];
  }

  get state() {
    if (this.inflight === null) return ClientState.Synchronized;
    return this.buffer === null ? ClientState.AwaitingConfirm : ClientState.AwaitingWithBuffer;
  }

  /** Server messages held until the revisions before them arrive. */
  get heldMessages() {
    return this._early.size;
  }

  /** The in-flight edit as { clientId, clientSeq, baseRevision, op }, to send (again after a reconnect), or null. */
  get pendingSubmission() {
    if (this.inflight === null) return null;
    return { clientId: this.clientId, clientSeq: this.inflightSeq, baseRevision: this.revision, op: this.inflight };
  }

  /**
   * Applies a local edit; returns the submission to send now, or null when it waits behind the one in flight.
   * With { undoable: false } the edit is not recorded for undo (undo and redo themselves use this). `at` is when it
   * was made (milliseconds), for grouping undo by word and pause; with { joinable: false } (a toolbar command) it is an
   * undo step of its own, and the next edit starts another.
   */
  applyLocal(op, { undoable = true, at = Date.now(), joinable = true } = {}) {
    const before = this.text;
    this.text = op.apply(before);
    if (undoable) {
      this._recordUndo(op.invert(before), joinable ? shapeOf(op) : { kind: 'other' }, at);
      this.redoStack = [];
    }
    if (this.inflight === null) {
      this.inflight = op;
      this.inflightSeq = this._nextSeq++;
      return this.pendingSubmission;
    }
    this.buffer = this.buffer === null ? op : TextOperation.compose(this.buffer, op);
    return null;
  }

  _recordUndo(inverse, shape, at) {
    const group = this._undoGroup;
    if (group !== null && this.undoStack.at(-1) === group.entry && at - group.at < UNDO_GROUP_PAUSE_MS && joins(group.shape, shape)) {
      // The group's entry undoes everything before this edit; undoing this edit first, then it, undoes the group.
      const merged = TextOperation.compose(inverse, group.entry);
      this.undoStack[this.undoStack.length - 1] = merged;
      this._undoGroup = { entry: merged, at, shape };
      return;
    }
    this.undoStack.push(inverse);
    this._undoGroup = shape.kind === 'other' ? null : { entry: inverse, at, shape };
  }

  /** Undoes this member's latest edit (or group of edits) not yet undone, transformed over everyone's edits since. */
  undo() {
    this._undoGroup = null;
    const inverse = this.undoStack.pop();
    if (!inverse) return null;
    const before = this.text;
    const submission = this.applyLocal(inverse, { undoable: false });
    this.redoStack.push(inverse.invert(before));
    return submission;
  }

  redo() {
    this._undoGroup = null;
    const op = this.redoStack.pop();
    if (!op) return null;
    const before = this.text;
    const submission = this.applyLocal(op, { undoable: false });
    this.undoStack.push(op.invert(before));
    return submission;
  }

  /** The server sequenced this client's in-flight edit as `revision`. Returns the next submission to send, or null. */
  receiveAck(revision) {
    return this._receive(revision, { op: null, clientId: null, clientSeq: 0 });
  }

  /**
   * An operation the server sequenced as `revision` (a TextOperation or its JSON). Pass its author's clientId and
   * clientSeq when known: catch-up reads include this client's own edits. Returns a submission to send, or null.
   */
  receiveOperation(revision, op, clientId = null, clientSeq = 0) {
    const operation = op instanceof TextOperation ? op : TextOperation.fromJSON(op);
    return this._receive(revision, { op: operation, clientId, clientSeq });
  }

  /** Maps an index of the server text at `revision` (another member's cursor) into the local text. */
  transformServerIndex(index) {
    if (this.inflight !== null) index = this.inflight.transformIndex(index);
    if (this.buffer !== null) index = this.buffer.transformIndex(index);
    return index;
  }

  /**
   * Maps the range [start, end) of the server's text at `revision` (a comment's anchor) onto the local text, through
   * the server operations since and then this client's pending edits, with the server's rule: text typed at either edge
   * stays outside. Returns { start, end }, or null when this client has not reached `revision` yet or no longer holds
   * the operations since it (then ask the server again).
   */
  mapServerRange(revision, start, end) {
    if (revision > this.revision) return null;
    const through = (op) => {
      start = op.transformIndex(start, true);
      end = Math.max(start, op.transformIndex(end));
    };
    if (revision < this.revision) {
      const first = this._serverOps.findIndex((entry) => entry.revision === revision + 1);
      if (first < 0) return null;
      for (let i = first; i < this._serverOps.length; i++) through(this._serverOps[i].op);
    }
    if (this.inflight !== null) through(this.inflight);
    if (this.buffer !== null) through(this.buffer);
    return { start, end };
  }

  _remember(op) {
    this._serverOps.push({ revision: this.revision + 1, op });
    if (this._serverOps.length > SERVER_HISTORY) this._serverOps.splice(0, this._serverOps.length - SERVER_HISTORY);
  }

  _receive(revision, message) {
    if (revision <= this.revision) return null;
    if (!this._early.has(revision)) this._early.set(revision, message);
    let toSend = null;
    while (this._early.has(this.revision + 1)) {
      const next = this._early.get(this.revision + 1);
      this._early.delete(this.revision + 1);
      toSend = this._integrate(next) ?? toSend;
    }
    return toSend;
  }

  _integrate(message) {
    const isOwn = message.op === null ||
      (this.inflight !== null && message.clientId === this.clientId && message.clientSeq === this.inflightSeq);
    if (isOwn) {
      if (this.inflight === null) {
        throw new Error(`Client ${this.clientId} got an acknowledgement for revision ${this.revision + 1} with nothing in flight.`);
      }
      // The in-flight edit, transformed over every server operation before it, is what the server sequenced.
      this._remember(this.inflight);
      this.revision++;
      this.inflight = this.buffer;
      this.buffer = null;
      if (this.inflight === null) return null;
      this.inflightSeq = this._nextSeq++;
      return this.pendingSubmission;
    }

    let op = message.op;
    this._remember(op);
    if (this.inflight !== null) [op, this.inflight] = TextOperation.transform(op, this.inflight);
    if (this.buffer !== null) [op, this.buffer] = TextOperation.transform(op, this.buffer);
    this.revision++;
    this.text = op.apply(this.text);
    // Someone else's edit keeps this member's open undo group open, moved past it like every entry (unless it emptied
    // entries, when the group is closed rather than guessed at).
    const depth = this.undoStack.length;
    const grouped = this._undoGroup !== null && this.undoStack.at(-1) === this._undoGroup.entry;
    this.undoStack = transformStack(this.undoStack, op);
    this.redoStack = transformStack(this.redoStack, op);
    this._undoGroup = grouped && this.undoStack.length === depth ? { ...this._undoGroup, entry: this.undoStack.at(-1) } : null;
    this.onRemoteOperation?.(op);
    return null;
  }
}

// What an edit does, for grouping undo: only typing (with whether it ends in white space), only deleting, or other.
function shapeOf(op) {
  let inserted = '';
  let deletes = false;
  for (const c of op.ops) {
    if (typeof c === 'string') inserted += c;
    else if (c < 0) deletes = true;
  }
  if (inserted.length > 0 && !deletes) return { kind: 'insert', startsWord: /^\S/.test(inserted), endsInSpace: /\s$/.test(inserted) };
  if (inserted.length === 0 && deletes) return { kind: 'delete' };
  return { kind: 'other' };
}

function joins(group, next) {
  if (group.kind !== next.kind || next.kind === 'other') return false;
  return !(next.kind === 'insert' && group.endsInSpace && next.startsWord);
}

// The top of an undo stack applies to the current text; each entry below applies before the entries above it. A
// remote operation is carried down the stack, each entry moved past it (dropping entries it made empty).
function transformStack(stack, op) {
  const result = [];
  for (let i = stack.length - 1; i >= 0; i--) {
    const [remotePrime, entryPrime] = TextOperation.transform(op, stack[i]);
    if (!entryPrime.isIdentity()) result.push(entryPrime);
    op = remotePrime;
  }
  return result.reverse();
}
