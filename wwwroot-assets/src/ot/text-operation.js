// Plain-text operational transformation: the browser twin of BoardRoom.Core.Minutes.Ot.TextOperation.
// Same wire format as ot.js (a positive integer retains, a string inserts, a negative integer deletes), same
// normalisation, same tie-break (the left operation's insert goes first), same error codes. Positions and lengths
// count UTF-16 code units, like JavaScript strings and CodeMirror; an operation may never cut a surrogate pair.
// testdata/ot-vectors.json keeps this file and the C# engine in agreement.

/** Error codes shared with C# OperationRejectionReason; part of the wire contract. */
export const ErrorCodes = Object.freeze({
  Malformed: 'Malformed',
  InvalidLength: 'InvalidLength',
  BaseLengthMismatch: 'BaseLengthMismatch',
  OutOfRange: 'OutOfRange',
  LoneSurrogate: 'LoneSurrogate',
  SplitsSurrogatePair: 'SplitsSurrogatePair',
  RevisionOutOfRange: 'RevisionOutOfRange',
});

/** An operation that cannot be accepted; nothing was changed. `code` is one of ErrorCodes. */
export class OperationRejectedError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'OperationRejectedError';
    this.code = code;
  }
}

const MAX_COUNT = 2147483647;

const isRetain = (c) => typeof c === 'number' && c > 0;
const isInsert = (c) => typeof c === 'string';
const isDelete = (c) => typeof c === 'number' && c < 0;

const isHigh = (code) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code) => code >= 0xdc00 && code <= 0xdfff;

/** Index of the first unpaired surrogate in text, or -1. */
export function indexOfLoneSurrogate(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c)) {
      if (i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      return i;
    }
    if (isLow(c)) return i;
  }
  return -1;
}

function ensureNoLoneSurrogate(text) {
  const at = indexOfLoneSurrogate(text);
  if (at >= 0) {
    const hex = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    throw new OperationRejectedError(ErrorCodes.LoneSurrogate, `Inserted text has an unpaired surrogate (U+${hex}) at offset ${at}.`);
  }
}

const splitsPair = (doc, position) =>
  position > 0 && position < doc.length && isHigh(doc.charCodeAt(position - 1)) && isLow(doc.charCodeAt(position));

/** Builds normalised operations: merges neighbours of one kind, puts an insert before an adjacent delete, drops zeros. */
class Builder {
  constructor() {
    this.ops = [];
    this.baseLength = 0;
    this.targetLength = 0;
  }

  retain(n) {
    if (n === 0) return this;
    this.baseLength += n;
    this.targetLength += n;
    const last = this.ops.length - 1;
    if (last >= 0 && isRetain(this.ops[last])) this.ops[last] += n;
    else this.ops.push(n);
    return this;
  }

  insert(text) {
    if (text.length === 0) return this;
    this.targetLength += text.length;
    const ops = this.ops;
    const last = ops.length - 1;
    if (last >= 0 && isInsert(ops[last])) {
      ops[last] += text;
    } else if (last >= 0 && isDelete(ops[last])) {
      // Insert-then-delete and delete-then-insert mean the same edit; one order makes equal edits equal ops.
      if (last >= 1 && isInsert(ops[last - 1])) ops[last - 1] += text;
      else ops.splice(last, 0, text);
    } else {
      ops.push(text);
    }
    return this;
  }

  delete(n) {
    if (n === 0) return this;
    this.baseLength += n;
    const last = this.ops.length - 1;
    if (last >= 0 && isDelete(this.ops[last])) this.ops[last] -= n;
    else this.ops.push(-n);
    return this;
  }

  build() {
    // A copy, so the builder stays usable after build().
    return new TextOperation(this.ops.slice(), this.baseLength, this.targetLength);
  }
}

/** Walks the components of an operation, handing out parts of the current one. */
class Cursor {
  constructor(ops) {
    this.ops = ops;
    this.index = 0;
    this.offset = 0;
  }

  get hasCurrent() {
    return this.index < this.ops.length;
  }

  get kind() {
    const c = this.ops[this.index];
    return isInsert(c) ? 'insert' : c > 0 ? 'retain' : 'delete';
  }

  get remaining() {
    const c = this.ops[this.index];
    return (isInsert(c) ? c.length : Math.abs(c)) - this.offset;
  }

  take(n) {
    const c = this.ops[this.index];
    let text = null;
    if (isInsert(c)) text = this.offset === 0 && n === c.length ? c : c.slice(this.offset, this.offset + n);
    this.offset += n;
    if (this.offset === (isInsert(c) ? c.length : Math.abs(c))) {
      this.index++;
      this.offset = 0;
    }
    return text;
  }
}

/** An immutable, normalised edit of a whole plain-text document. */
export class TextOperation {
  /** Use the static factories; the constructor trusts its arguments. */
  constructor(ops, baseLength, targetLength) {
    this.ops = Object.freeze(ops);
    this.baseLength = baseLength;
    this.targetLength = targetLength;
    Object.freeze(this);
  }

  /** A builder whose retain/insert/delete calls chain and whose build() returns the operation. */
  static builder() {
    return new Builder();
  }

  static identity(length) {
    return new Builder().retain(length).build();
  }

  static insert(documentLength, position, text) {
    if (typeof text !== 'string' || text.length === 0) {
      throw new OperationRejectedError(ErrorCodes.InvalidLength, 'An insert needs at least one character.');
    }
    return TextOperation.replace(documentLength, position, 0, text);
  }

  static delete(documentLength, position, count) {
    if (!(count > 0)) throw new OperationRejectedError(ErrorCodes.InvalidLength, `A delete needs a positive count, not ${count}.`);
    return TextOperation.replace(documentLength, position, count, '');
  }

  static replace(documentLength, position, deleteCount, text) {
    if (documentLength < 0 || deleteCount < 0) {
      throw new OperationRejectedError(ErrorCodes.InvalidLength, `Negative length (document ${documentLength}, delete ${deleteCount}).`);
    }
    if (position < 0 || position > documentLength || deleteCount > documentLength - position) {
      throw new OperationRejectedError(ErrorCodes.OutOfRange,
        `Edit at ${position} deleting ${deleteCount} does not fit a document of ${documentLength} characters.`);
    }
    ensureNoLoneSurrogate(text);
    return new Builder().retain(position).insert(text).delete(deleteCount).retain(documentLength - position - deleteCount).build();
  }

  /** Reads the ot.js wire format (an already parsed JSON value). Adjacent components are normalised. */
  static fromJSON(json) {
    if (!Array.isArray(json)) throw new OperationRejectedError(ErrorCodes.Malformed, 'An operation is a JSON array.');
    const b = new Builder();
    json.forEach((c, index) => {
      if (typeof c === 'number') {
        if (!Number.isInteger(c) || Math.abs(c) > MAX_COUNT) {
          throw new OperationRejectedError(ErrorCodes.Malformed, `Component ${index} (${c}) is not a 32-bit integer.`);
        }
        if (c === 0) throw new OperationRejectedError(ErrorCodes.InvalidLength, `Component ${index} is 0: retains and deletes need a non-zero count.`);
        if (c > 0) b.retain(c);
        else b.delete(-c);
      } else if (typeof c === 'string') {
        if (c.length === 0) throw new OperationRejectedError(ErrorCodes.InvalidLength, `Component ${index} is an empty insert.`);
        ensureNoLoneSurrogate(c);
        b.insert(c);
      } else {
        throw new OperationRejectedError(ErrorCodes.Malformed, `Component ${index} is neither an integer nor a string.`);
      }
      // Lengths are 32-bit in C#; check the same bound here, where numbers do not overflow.
      if (b.baseLength > MAX_COUNT || b.targetLength > MAX_COUNT) {
        throw new OperationRejectedError(ErrorCodes.Malformed, `The operation spans more than ${MAX_COUNT} characters.`);
      }
    });
    return b.build();
  }

  /** The ot.js wire format (JSON.stringify calls this). */
  toJSON() {
    return [...this.ops];
  }

  toString() {
    return JSON.stringify(this.ops);
  }

  isIdentity() {
    return this.ops.every(isRetain);
  }

  equals(other) {
    return other instanceof TextOperation && this.baseLength === other.baseLength &&
      this.ops.length === other.ops.length && this.ops.every((c, i) => c === other.ops[i]);
  }

  /** Throws OperationRejectedError unless the operation fits doc (length, surrogate pairs). */
  validate(doc) {
    if (doc.length !== this.baseLength) {
      throw new OperationRejectedError(ErrorCodes.BaseLengthMismatch,
        `The operation expects a document of ${this.baseLength} characters; it has ${doc.length}.`);
    }
    let position = 0;
    for (const c of this.ops) {
      // Every component starts at a cut of the document; a cut inside a surrogate pair would corrupt it.
      if (splitsPair(doc, position)) {
        throw new OperationRejectedError(ErrorCodes.SplitsSurrogatePair,
          `The operation cuts the surrogate pair at ${position - 1}..${position} of the document.`);
      }
      if (!isInsert(c)) position += Math.abs(c);
    }
  }

  apply(doc) {
    this.validate(doc);
    const parts = [];
    let position = 0;
    for (const c of this.ops) {
      if (isRetain(c)) {
        parts.push(doc.slice(position, position + c));
        position += c;
      } else if (isInsert(c)) {
        parts.push(c);
      } else {
        position -= c;
      }
    }
    return parts.join('');
  }

  /** One operation with the effect of first followed by second. */
  static compose(first, second) {
    if (first.targetLength !== second.baseLength) {
      throw new OperationRejectedError(ErrorCodes.BaseLengthMismatch,
        `Cannot compose: the first operation leaves ${first.targetLength} characters, the second expects ${second.baseLength}.`);
    }
    const result = new Builder();
    const a = new Cursor(first.ops);
    const b = new Cursor(second.ops);
    while (a.hasCurrent || b.hasCurrent) {
      if (a.hasCurrent && a.kind === 'delete') {
        result.delete(a.remaining);
        a.take(a.remaining);
        continue;
      }
      if (b.hasCurrent && b.kind === 'insert') {
        result.insert(b.take(b.remaining));
        continue;
      }
      const n = Math.min(a.remaining, b.remaining);
      const ak = a.kind;
      const bk = b.kind;
      if (ak === 'retain' && bk === 'retain') result.retain(n);
      else if (ak === 'retain' && bk === 'delete') result.delete(n);
      else if (ak === 'insert' && bk === 'retain') {
        result.insert(a.take(n));
        b.take(n);
        continue;
      }
      // insert then delete of the same characters leaves nothing
      a.take(n);
      b.take(n);
    }
    return result.build();
  }

  /**
   * Transforms concurrent operations: returns [leftPrime, rightPrime] with
   * compose(left, rightPrime) equivalent to compose(right, leftPrime). At a tie, left's insert goes first; the
   * server's (already sequenced) operation is always passed as left.
   */
  static transform(left, right) {
    if (left.baseLength !== right.baseLength) {
      throw new OperationRejectedError(ErrorCodes.BaseLengthMismatch,
        `Cannot transform operations on documents of ${left.baseLength} and ${right.baseLength} characters.`);
    }
    const lp = new Builder();
    const rp = new Builder();
    const a = new Cursor(left.ops);
    const b = new Cursor(right.ops);
    while (a.hasCurrent || b.hasCurrent) {
      if (a.hasCurrent && a.kind === 'insert') {
        const text = a.take(a.remaining);
        lp.insert(text);
        rp.retain(text.length);
        continue;
      }
      if (b.hasCurrent && b.kind === 'insert') {
        const text = b.take(b.remaining);
        lp.retain(text.length);
        rp.insert(text);
        continue;
      }
      const n = Math.min(a.remaining, b.remaining);
      const ak = a.kind;
      const bk = b.kind;
      if (ak === 'retain' && bk === 'retain') {
        lp.retain(n);
        rp.retain(n);
      } else if (ak === 'delete' && bk === 'retain') {
        lp.delete(n);
      } else if (ak === 'retain' && bk === 'delete') {
        rp.delete(n);
      }
      a.take(n);
      b.take(n);
    }
    return [lp.build(), rp.build()];
  }

  /**
   * Where a caret at index ends up. Inside a deleted range it moves to the range's start. Text inserted exactly at
   * the caret by someone else stays after the caret; the caret owner's own insert (own = true) moves it past, as
   * when typing. Out-of-range indexes are clamped.
   */
  transformIndex(index, own = false) {
    index = Math.min(Math.max(index, 0), this.baseLength);
    let result = index;
    let position = 0;
    for (const c of this.ops) {
      if (position > index) break;
      if (isRetain(c)) {
        position += c;
      } else if (isInsert(c)) {
        if (position < index || own) result += c.length;
      } else {
        if (position < index) result -= Math.min(-c, index - position);
        position -= c;
      }
    }
    return result;
  }

  /** Transforms both ends of a selection; returns { anchor, head }. */
  transformSelection(anchor, head, own = false) {
    return { anchor: this.transformIndex(anchor, own), head: this.transformIndex(head, own) };
  }

  /** The operation that undoes this one, given the document it was applied to. */
  invert(doc) {
    this.validate(doc);
    const b = new Builder();
    let position = 0;
    for (const c of this.ops) {
      if (isRetain(c)) {
        b.retain(c);
        position += c;
      } else if (isInsert(c)) {
        b.delete(c.length);
      } else {
        b.insert(doc.slice(position, position - c));
        position -= c;
      }
    }
    return b.build();
  }
}
