// Review comments anchored to the minutes (issue #15, item 5; docs/collaboration-protocol.md §11). The server keeps each
// thread's range at a revision and moves it through the op log with the text; this panel maps it onto the local text
// (OtClient.mapServerRange) and from then on CodeMirror maps the highlight through every change, local or remote, with
// the server's rule: text typed at either edge stays outside the range.
import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView } from '@codemirror/view';
import { element, mapRange, placeRanges, postJson, when, whenSaved } from './review.js';

/** Replaces the highlighted ranges: [{ id, from, to, active }]. */
export const setCommentMarks = StateEffect.define();

export const commentMarks = StateField.define({
  create: () => [],
  update(marks, tr) {
    let next = marks;
    if (tr.docChanged) next = marks.map((m) => mapRange(m, tr.changes));
    for (const effect of tr.effects) if (effect.is(setCommentMarks)) next = effect.value;
    return next;
  },
  provide: (field) => EditorView.decorations.from(field, (marks) => Decoration.set(
    marks.filter((m) => m.to > m.from).map((m) => Decoration.mark({
      class: m.draft ? 'br-comment-mark br-comment-draft' : m.active ? 'br-comment-mark br-comment-active' : 'br-comment-mark',
      attributes: { 'data-comment-id': m.id },
    }).range(m.from, m.to)),
    true)),
});

export class CommentsPanel {
  constructor(sectionElement, sectionId, editor) {
    this.element = sectionElement;
    this.sectionId = sectionId;
    this.editor = editor;
    this.host = sectionElement.querySelector('[data-comments]');
    this.button = sectionElement.querySelector('[data-comment-open]');
    this.threads = [];
    this.placed = new Map();
    this.pending = null;
    this.canComment = false;
    this.activeId = null;
    this.showResolved = false;
    // Replies being written, by thread: a re-render (someone else's comment arriving) must not lose them.
    this.replyDrafts = new Map();
    this.button?.addEventListener('click', () => this.openForm());
    editor.view.dom.addEventListener('click', (event) => {
      const id = event.target.closest?.('[data-comment-id]')?.dataset.commentId;
      if (id && id !== 'draft') this.activate(id, { focusThread: true });
    });
  }

  /** Access to the section ended: nothing of its threads stays on the page. */
  clear() {
    this.threads = [];
    this.placed = new Map();
    this.pending = null;
    this.canComment = false;
    this.form = null;
    this.draft = null;
    if (this.button) this.button.disabled = true;
    this.render();
  }

  get url() {
    return `/api/minutes/sections/${this.sectionId}/comments`;
  }

  get token() {
    return this.editor.session.root.dataset.antiforgery ?? '';
  }

  /** The selection changed: the Comment button is for those who may take part, with some text selected. */
  selectionChanged(text) {
    if (!this.button) return;
    this.button.disabled = !(this.editor.canEdit && text.length > 0);
    this.button.title = this.button.disabled ? 'Select text in the minutes first' : 'Comment on the selected text';
  }

  async refresh() {
    try {
      const response = await fetch(this.url, { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const body = await response.json();
      this.canComment = body.canComment;
      this.threads = body.threads;
      this.pending = { revision: body.revision, threads: body.threads };
      this.place();
    } catch {
      // Offline: the threads come with the next change.
    }
  }

  /** Maps the threads fetched onto the local text once the editor has reached their revision (called on every revision). */
  place() {
    if (!this.pending) return;
    const { revision, threads } = this.pending;
    const result = placeRanges(this.editor.client, revision, threads, (t) => t.collapsed);
    if (!result.ready) return; // the operations before it are on their way
    this.pending = null;
    if (result.stale) {
      // Too old to map (the editor started afresh): ask again.
      this.refresh();
      return;
    }
    this.placed = result.placed;
    this.drawMarks();
    this.render();
  }

  drawMarks() {
    const marks = [];
    for (const thread of this.threads) {
      const range = this.placed.get(thread.id);
      if (!thread.resolved && range && range.end > range.start) {
        marks.push({ id: thread.id, from: range.start, to: range.end, active: thread.id === this.activeId });
      }
    }
    if (this.draft) marks.push({ ...this.currentDraft(), id: 'draft', draft: true });
    this.editor.view.dispatch({ effects: setCommentMarks.of(marks) });
  }

  /** The highlights as they now are in the editor, for diagnostics and tests: [{ id, from, to, text }]. */
  marks() {
    const state = this.editor.view.state;
    return state.field(commentMarks).map((m) => ({ id: m.id, from: m.from, to: m.to, text: state.sliceDoc(m.from, m.to) }));
  }

  currentDraft() {
    return this.editor.view.state.field(commentMarks).find((m) => m.id === 'draft') ?? this.draft;
  }

  activate(id, { focusThread = false, select = false } = {}) {
    this.activeId = id;
    this.drawMarks();
    for (const article of this.host.querySelectorAll('[data-thread]')) {
      article.classList.toggle('br-thread-active', article.dataset.thread === id);
    }
    if (focusThread) this.host.querySelector(`[data-thread="${id}"]`)?.focus();
    const mark = this.editor.view.state.field(commentMarks).find((m) => m.id === id);
    if (select && mark) {
      this.editor.view.dispatch({ selection: { anchor: mark.from, head: mark.to }, scrollIntoView: true });
    }
  }

  openForm() {
    const { from, to } = this.editor.view.state.selection.main;
    if (!this.editor.canEdit || from === to) return;
    this.draft = { from, to };
    this.drawMarks();
    const quote = this.editor.view.state.sliceDoc(from, to);
    const text = element('textarea', { rows: 3, maxLength: 2000, required: true, className: 'br-comment-input' });
    text.setAttribute('aria-label', 'Your comment');
    const message = element('p', { className: 'br-comment-message', role: 'status' });
    const post = element('button', { type: 'submit', className: 'br-tool br-tool-primary', textContent: 'Post comment', dataset: { commentPost: '' } });
    const cancel = element('button', { type: 'button', className: 'br-tool', textContent: 'Cancel' });
    const form = element('form', { className: 'br-comment-form', dataset: { commentForm: '' } },
      element('blockquote', { className: 'br-thread-quote', textContent: quote.length > 200 ? `${quote.slice(0, 199)}…` : quote }),
      text, element('div', { className: 'br-comment-actions' }, post, cancel), message);
    form.setAttribute('aria-label', 'New comment');
    cancel.addEventListener('click', () => this.closeForm());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      post.disabled = true;
      message.textContent = 'Posting…';
      const error = await this.post(text.value);
      post.disabled = false;
      if (error) {
        message.textContent = error;
        message.classList.add('br-comment-error');
      } else {
        this.closeForm();
      }
    });
    this.form = form;
    this.render();
    text.focus();
  }

  closeForm() {
    this.form = null;
    this.draft = null;
    this.drawMarks();
    this.render();
  }

  /** Posts the new thread on the draft range, once nothing of this member's is pending (the range is then on the server's text). */
  async post(text) {
    const saved = await whenSaved(this.editor);
    const client = this.editor.client;
    const range = this.currentDraft();
    if (!saved || !range || range.to <= range.from) {
      return 'Not posted: the minutes are not saved yet, or the text you selected is gone. Try again.';
    }
    return this.send(this.url, { revision: client.revision, start: range.from, end: range.to, text });
  }

  async send(url, body) {
    const error = await postJson(url, body, this.token);
    if (error === null) await this.refresh();
    return error;
  }

  render() {
    if (!this.host) return;
    const focused = this.host.contains(document.activeElement) ? document.activeElement : null;
    const focusedReply = focused?.closest('[data-thread]')?.dataset.thread;
    const caret = focused?.selectionStart ?? null;
    const open = this.threads.filter((t) => !t.resolved);
    const resolved = this.threads.filter((t) => t.resolved);
    this.host.hidden = this.threads.length === 0 && !this.form;
    const children = [];
    if (this.form) children.push(this.form);
    if (this.threads.length > 0) {
      children.push(element('h3', { className: 'br-comments-title', textContent: `Comments (${open.length} open${resolved.length ? `, ${resolved.length} resolved` : ''})` }));
    }
    children.push(...open.map((t) => this.renderThread(t)));
    if (resolved.length > 0) {
      const toggle = element('button', { type: 'button', className: 'br-tool br-comments-toggle', textContent: this.showResolved ? 'Hide resolved' : `Show resolved (${resolved.length})` });
      toggle.setAttribute('aria-expanded', String(this.showResolved));
      toggle.addEventListener('click', () => {
        this.showResolved = !this.showResolved;
        this.render();
      });
      children.push(toggle);
      if (this.showResolved) children.push(...resolved.map((t) => this.renderThread(t)));
    }
    this.host.replaceChildren(...children);
    if (focusedReply && focused.tagName === 'TEXTAREA') {
      const again = this.host.querySelector(`[data-thread="${focusedReply}"] textarea`);
      again?.focus();
      if (again && caret !== null) again.setSelectionRange(caret, caret);
    }
  }

  renderThread(thread) {
    const range = this.placed.get(thread.id);
    const gone = thread.collapsed || !range || range.end <= range.start;
    const article = element('article', {
      className: `br-thread${thread.resolved ? ' br-thread-resolved' : ''}${thread.id === this.activeId ? ' br-thread-active' : ''}`,
      tabIndex: -1,
      dataset: { thread: thread.id, threadState: thread.resolved ? 'resolved' : 'open' },
    });
    article.setAttribute('aria-label', `Comment by ${thread.replies[0]?.author ?? 'a member'} on “${thread.quote}”`);
    const quote = element('blockquote', { className: 'br-thread-quote', textContent: thread.quote, dataset: { threadQuote: '' } });
    if (!gone && !thread.resolved) {
      quote.title = 'Show this text in the minutes';
      quote.addEventListener('click', () => this.activate(thread.id, { select: true }));
    }
    article.append(quote);
    if (gone) article.append(element('p', { className: 'br-meta', textContent: 'The text this comment was on has been deleted.' }));
    const list = element('ol', { className: 'br-thread-replies' });
    for (const reply of thread.replies) {
      list.append(element('li', {},
        element('span', { className: 'br-thread-author', textContent: reply.author }),
        element('span', { className: 'br-meta', textContent: ` · ${when(reply.at)}` }),
        element('p', { className: 'br-thread-text', textContent: reply.text })));
    }
    article.append(list);
    if (thread.resolved) article.append(element('p', { className: 'br-meta', textContent: `Resolved by ${thread.resolvedBy}, ${when(thread.resolvedAt)}.` }));
    if (this.canComment) article.append(this.renderActions(thread));
    return article;
  }

  renderActions(thread) {
    const message = element('p', { className: 'br-comment-message', role: 'status' });
    const act = async (path, body) => {
      message.textContent = 'Saving…';
      const error = await this.send(`/api/minutes/comments/${thread.id}/${path}`, body);
      message.textContent = error ?? '';
      return error === null;
    };
    const actions = element('div', { className: 'br-comment-actions' });
    if (!thread.resolved) {
      const reply = element('textarea', { rows: 1, maxLength: 2000, className: 'br-comment-input', placeholder: 'Reply…' });
      reply.setAttribute('aria-label', 'Your reply');
      reply.value = this.replyDrafts.get(thread.id) ?? '';
      reply.addEventListener('input', () => this.replyDrafts.set(thread.id, reply.value));
      const send = element('button', { type: 'button', className: 'br-tool', textContent: 'Reply', dataset: { threadAction: 'reply' } });
      send.addEventListener('click', async () => {
        if (!reply.value.trim()) return;
        const text = reply.value;
        // Sent, the draft goes (the list drawn again on success starts empty); refused, it stays where it was typed.
        this.replyDrafts.delete(thread.id);
        if (!(await act('replies', { text }))) this.replyDrafts.set(thread.id, text);
      });
      const resolve = element('button', { type: 'button', className: 'br-tool', textContent: 'Resolve', dataset: { threadAction: 'resolve' } });
      resolve.addEventListener('click', () => act('resolve'));
      actions.append(send, resolve);
      return element('div', { className: 'br-thread-reply', dataset: { threadReply: '' } }, reply, actions, message);
    }
    const reopen = element('button', { type: 'button', className: 'br-tool', textContent: 'Reopen', dataset: { threadAction: 'reopen' } });
    reopen.addEventListener('click', () => act('reopen'));
    actions.append(reopen);
    return element('div', { className: 'br-thread-reply' }, actions, message);
  }
}
