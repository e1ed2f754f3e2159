// Server messages wait in the OT client while an earlier revision is missing (ot/client.js). Usually it arrives a
// moment later; a broadcast lost on the way (the backplane between two nodes down or restarting) never does, and the
// editor would wait for good. GapWatch notices a wait that outlasts `timeoutMs` with no progress and asks for a rejoin
// from the known revision: the server answers with the operations missed, which fills the gap.
// The last broadcast before a quiet spell leaves nothing held to notice it by: the server's periodic `Head` message
// (the op log's latest revision) does. A revision reached below the head is a gap too.
export class GapWatch {
  /** @param {{ onGap: () => void, timeoutMs?: number }} options */
  constructor({ onGap, timeoutMs = 3000 }) {
    this.onGap = onGap;
    this.timeoutMs = timeoutMs;
    this.timer = null;
    this.revision = -1;
    this.held = 0;
    this.head = -1;
  }

  /** After each server message: how many messages are held, and the revision the client has reached. */
  observe(held, revision) {
    this.held = held;
    if (held === 0 && revision >= this.head) {
      this.cancel();
      return;
    }
    if (this.timer !== null && revision === this.revision) return; // the same gap, already timed
    this.cancel();
    this.revision = revision;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onGap();
    }, this.timeoutMs);
  }

  /** The server's head revision (its `Head` message), with the revision the client has reached. */
  headSeen(head, revision) {
    if (head > this.head) this.head = head;
    this.observe(this.held, revision);
  }

  cancel() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
