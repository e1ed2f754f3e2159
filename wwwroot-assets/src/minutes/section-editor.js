// One agenda item's minutes: a CodeMirror editor bound to an OtClient. Local edits become operations; server
// operations become CodeMirror changes; undo and redo are the OT client's (own edits only).
import { Annotation, Compartment, EditorState } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, keymap, placeholder } from '@codemirror/view';
import { defaultKeymap, indentWithTab } from '@codemirror/commands';
import { syntaxHighlighting } from '@codemirror/language';
import { markdown } from '@codemirror/lang-markdown';
import { OtClient } from '../ot/client.js';
import { TextOperation } from '../ot/text-operation.js';
import { changesFromOperation, operationFromChanges } from './changes.js';
import { coalesce } from './coalesce.js';
import { GapWatch } from './gap-watch.js';
import { remoteCursors, removeRemoteCursor, setRemoteCursor } from './cursors.js';
import { minutesHighlightStyle } from './highlight.js';
import { formattingCommands, shortcutText } from './formatting.js';
import { HistoryPanel, replacement } from './history.js';
import { CommentsPanel, commentMarks } from './comments.js';
import { SuggestionsPanel, suggestionMarks } from './suggestions.js';

const fromServer = Annotation.define();

export class SectionEditor {
  constructor(element, sectionId, session) {
    this.element = element;
    this.sectionId = sectionId;
    this.session = session;
    this.client = null;
    this.canEdit = false;
    this.participants = new Map();
    this.editable = new Compartment();
    this.previewTimer = null;
    this.lastPresence = '';
    this.revokedAccess = false;
    // At most one cursor update per 100 ms, the latest always sent: typing never meets the hub's presence limit.
    this.presenceOut = coalesce((selection) => this.session.presence(this.sectionId, selection), 100);
    // A revision that never comes (a broadcast lost between nodes) is fetched by rejoining from the known revision.
    this.gaps = new GapWatch({ onGap: () => this.session.join(this.sectionId, this) });

    this.view = new EditorView({
      parent: element.querySelector('[data-editor-host]'),
      state: EditorState.create({
        doc: '',
        extensions: [
          this.editable.of([EditorState.readOnly.of(true), EditorView.editable.of(false)]),
          keymap.of([
            ...formattingCommands.filter((c) => c.key).map((c) => ({ key: c.key, run: () => this.format(c), preventDefault: true })),
            { key: 'Mod-z', run: () => this.undo(), preventDefault: true },
            { key: 'Mod-y', run: () => this.redo(), preventDefault: true },
            { key: 'Mod-Shift-z', run: () => this.redo(), preventDefault: true },
            indentWithTab,
            ...defaultKeymap,
          ]),
          drawSelection(),
          highlightActiveLine(),
          markdown(),
          syntaxHighlighting(minutesHighlightStyle),
          EditorView.lineWrapping,
          placeholder('Take the minutes of this item here. Markdown works: **bold**, - lists, | tables |.'),
          EditorView.contentAttributes.of({ 'aria-label': `Minutes: ${element.dataset.title ?? 'agenda item'}` }),
          remoteCursors,
          commentMarks,
          suggestionMarks,
          EditorView.updateListener.of((update) => this.onUpdate(update)),
        ],
      }),
    });
    this.toolbar = buildToolbar(element, (command) => this.format(command));
    this.history = new HistoryPanel(element, sectionId, this);
    this.comments = new CommentsPanel(element, sectionId, this);
    this.suggestions = new SuggestionsPanel(element, sectionId, this);
  }

  /** Replaces the text with an earlier version of it: one edit of this member's (its own undo step). */
  restore(text) {
    if (!this.client || !this.canEdit) return false;
    const change = replacement(this.text, text);
    if (change.from === change.to && change.insert === '') return true;
    this.view.dispatch({ changes: change, userEvent: 'input.restore' });
    return true;
  }

  /** A toolbar button or its shortcut: the command's change, as this member's own edit (its own undo step). */
  format(command) {
    if (!this.client || !this.canEdit) return true;
    const spec = command.run(this.view.state);
    if (spec) this.view.dispatch({ ...spec, userEvent: 'input.format' });
    this.view.focus();
    return true;
  }

  /** Called with the server's Joined message: a fresh text, or the operations missed while away. */
  joined(message) {
    if (message.text !== null && message.text !== undefined) {
      if (this.client && this.client.inflight) {
        // The server answered a rejoin with its text although edits were pending (it asks for pages only when told
        // of them): they cannot be rebased without the operations, so the replica starts over from the server text.
        console.warn('Rejoined afresh with edits pending; the unsent edits are lost.');
      }
      this.client = new OtClient({
        clientId: this.session.clientId(this.sectionId),
        text: message.text,
        revision: message.revision,
        onRemoteOperation: (op) => this.applyRemote(op),
      });
      this.view.dispatch({
        changes: { from: 0, to: this.view.state.doc.length, insert: message.text },
        annotations: fromServer.of(true),
      });
    } else {
      for (const op of message.operations ?? []) {
        this.send(this.client.receiveOperation(op.revision, op.operation, op.clientId, op.clientSeq));
      }
    }
    this.canEdit = message.canEdit;
    this.toolbar.hidden = !this.canEdit;
    this.view.dispatch({
      effects: this.editable.reconfigure(this.canEdit ? [] : [EditorState.readOnly.of(true), EditorView.editable.of(false)]),
    });
    this.setReadOnlyReason(message.canEdit ? null : message.readOnlyReason);
    this.participants = new Map(message.participants.map((p) => [p.participantId, p]));
    this.participants.set(message.you.participantId, { ...message.you, isYou: true });
    for (const p of message.participants) this.showCursor(p);
    this.renderPresence();
    if (message.more) {
      // One page of a long catch-up: fetch the next before re-sending what is pending.
      this.session.join(this.sectionId, this);
      return;
    }
    this.send(this.client.pendingSubmission);
    this.watchGaps();
    this.comments.selectionChanged(this.selectedText());
    this.comments.refresh();
    this.suggestions.selectionChanged(this.selectedText());
    this.suggestions.refresh();
    this.schedulePreview();
    this.session.refreshStatus();
  }

  operationApplied(message) {
    this.operationsApplied([message]);
  }

  /**
   * Edits sequenced one after another (a busy section's are sent together, this member's own among them: those count
   * as its acknowledgements), applied in order, then the view's decorations placed once.
   */
  operationsApplied(messages) {
    let toSend = null;
    for (const m of messages) {
      toSend = this.client?.receiveOperation(m.revision, m.operation, m.clientId, m.clientSeq) ?? toSend;
    }
    this.send(toSend);
    this.watchGaps();
    this.comments.place();
    this.suggestions.place();
    this.session.refreshStatus();
  }

  /** The server's periodic head revision: one this editor has not reached is fetched once the gap timeout passes. */
  headSeen(revision) {
    if (this.client) this.gaps.headSeen(revision, this.client.revision);
  }

  watchGaps() {
    this.gaps.observe(this.client?.heldMessages ?? 0, this.client?.revision ?? 0);
  }

  acknowledged(message) {
    if (!this.client || message.clientId !== this.client.clientId || message.clientSeq !== this.client.inflightSeq) return;
    this.send(this.client.receiveAck(message.revision));
    this.watchGaps();
    this.comments.place();
    this.suggestions.place();
    this.session.refreshStatus();
    this.sendPresence(true);
  }

  presenceChanged(participant) {
    this.participants.set(participant.participantId, participant);
    this.showCursor(participant);
    this.renderPresence();
  }

  /** The server closed this section to us (role, seat or the item's classification changed): stop, and say why. */
  revoked(message) {
    this.revokedAccess = true;
    this.canEdit = false;
    this.toolbar.hidden = true;
    this.client = null;
    this.presenceOut.cancel();
    this.gaps.cancel();
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: '' },
      annotations: fromServer.of(true),
      effects: this.editable.reconfigure([EditorState.readOnly.of(true), EditorView.editable.of(false)]),
    });
    for (const id of this.participants.keys()) this.view.dispatch({ effects: removeRemoteCursor.of(id) });
    this.participants.clear();
    this.renderPresence();
    this.setReadOnlyReason(message.message);
    this.comments.clear();
    this.suggestions.clear();
    this.element.dataset.revoked = message.code;
    this.session.refreshStatus();
  }

  presenceLeft(participantId) {
    this.participants.delete(participantId);
    this.view.dispatch({ effects: removeRemoteCursor.of(participantId) });
    this.renderPresence();
  }

  /** True while some of this member's edits are not yet stored on the server. */
  get hasPending() {
    return !!this.client && (this.client.inflight !== null || this.client.buffer !== null);
  }

  get text() {
    return this.view.state.doc.toString();
  }

  onUpdate(update) {
    for (const tr of update.transactions) {
      if (tr.docChanged && !tr.annotation(fromServer)) {
        if (!this.client) continue;
        const op = operationFromChanges(tr.changes, tr.startState.doc.length);
        this.send(this.client.applyLocal(op, { joinable: !tr.isUserEvent('input.format') && !tr.isUserEvent('input.restore') }));
      }
    }
    if (update.docChanged) {
      this.schedulePreview();
      this.session.refreshStatus();
    }
    if (update.selectionSet || update.docChanged) {
      // Only the editor the member is in announces their caret: someone else's edit in another section moves nothing
      // they chose, and announcing it would show them there (and spend presence calls on every remote keystroke).
      if (update.view.hasFocus) this.sendPresence(false);
      this.onSelection?.(this.selectedText());
      this.comments?.selectionChanged(this.selectedText());
      this.suggestions?.selectionChanged(this.selectedText());
    }
  }

  selectedText() {
    const { from, to } = this.view.state.selection.main;
    return this.view.state.sliceDoc(from, to);
  }

  applyRemote(op) {
    this.view.dispatch({ changes: changesFromOperation(op), annotations: fromServer.of(true) });
  }

  undo() {
    return this.replay(() => this.client.undoStack.at(-1), () => this.client.undo());
  }

  redo() {
    return this.replay(() => this.client.redoStack.at(-1), () => this.client.redo());
  }

  replay(peek, perform) {
    if (!this.client || !this.canEdit) return true;
    const op = peek();
    if (!op) return true;
    const submission = perform();
    // The OT client has applied `op` to its text; show the same change in the editor without sending it twice.
    this.view.dispatch({ changes: changesFromOperation(op), annotations: fromServer.of(true) });
    this.send(submission);
    this.schedulePreview();
    this.session.refreshStatus();
    return true;
  }

  send(submission) {
    if (submission) this.session.submit(this.sectionId, submission);
  }

  showCursor(p) {
    if (!this.client || !p.selection || p.isYou) return;
    let { anchor, head } = p.selection;
    if (p.selection.revision === this.client.revision) {
      anchor = this.client.transformServerIndex(anchor);
      head = this.client.transformServerIndex(head);
    }
    this.view.dispatch({ effects: setRemoteCursor.of({ id: p.participantId, name: p.name, colour: p.colour, anchor, head }) });
  }

  sendPresence(force) {
    // Only while nothing is pending: then the local text is the server's at `revision`, which the server checks the
    // caret against. While edits are in flight the acknowledgement sends it (see acknowledged).
    if (!this.client || this.hasPending) return;
    const { anchor, head } = this.view.state.selection.main;
    const key = `${this.client.revision}:${anchor}:${head}`;
    if (!force && key === this.lastPresence) return;
    this.lastPresence = key;
    this.presenceOut({ revision: this.client.revision, anchor, head });
  }

  renderPresence() {
    const list = this.element.querySelector('[data-presence]');
    if (!list) return;
    list.replaceChildren(...[...this.participants.values()].map((p) => {
      const chip = document.createElement('span');
      chip.className = 'br-presence-chip';
      chip.style.backgroundColor = p.colour;
      chip.title = p.isYou ? `${p.name} (you)` : p.name;
      chip.setAttribute('data-participant', p.name);
      chip.textContent = p.name.split(' ').map((w) => w[0]).slice(0, 2).join('');
      return chip;
    }));
  }

  setReadOnlyReason(reason) {
    const banner = this.element.querySelector('[data-readonly]');
    if (!banner) return;
    banner.hidden = !reason;
    banner.textContent = reason ?? '';
  }

  schedulePreview() {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.session.preview(this, this.text), 250);
  }
}

export { TextOperation };

// The formatting toolbar above an editor: one tab stop, arrow keys move between its buttons (WAI-ARIA toolbar).
function buildToolbar(element, onCommand) {
  const host = element.querySelector('[data-editor-host]');
  const bar = document.createElement('div');
  bar.className = 'br-format-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', `Formatting: ${element.dataset.title ?? 'minutes'}`);
  bar.hidden = true;
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const buttons = formattingCommands.map((command, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `br-format-button br-format-${command.id}`;
    button.dataset.format = command.id;
    button.textContent = command.text;
    button.tabIndex = index === 0 ? 0 : -1;
    const shortcut = shortcutText(command.key, mac);
    button.setAttribute('aria-label', command.label);
    button.title = shortcut ? `${command.label} (${shortcut})` : command.label;
    if (command.key) button.setAttribute('aria-keyshortcuts', command.key.replace('Mod', mac ? 'Meta' : 'Control').replaceAll('-', '+'));
    // Keep the editor's selection and focus when clicked with a mouse.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => onCommand(command));
    return button;
  });
  bar.append(...buttons);
  bar.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(document.activeElement);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (at < 0 || to === undefined) return;
    event.preventDefault();
    const next = buttons[(to + buttons.length) % buttons.length];
    buttons.forEach((b) => { b.tabIndex = b === next ? 0 : -1; });
    next.focus();
  });
  host.prepend(bar);
  return bar;
}
