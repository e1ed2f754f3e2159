// Suggested changes for review (issue #15, item 6; docs/collaboration-protocol.md §12). A reviewer proposes replacing
// a range of the text (empty to insert at the cursor) with other text; it is drawn inline, the text it would remove
// struck through and the text it would add beside it, with its author, until the meeting's co-chairs or the secretariat
// accept it (the server makes it an ordinary edit, which arrives like anyone's) or reject it. Ranges are kept like
// comments': the server's, mapped onto the local text, then mapped by CodeMirror through every change.
import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, WidgetType } from '@codemirror/view';
import { element, mapRange, placeRanges, postJson, when, whenSaved } from './review.js';

/** Replaces the suggestions drawn: [{ id, from, to, text, author, active }], and the draft: { id: 'draft', draft: true, from, to }. */
export const setSuggestionMarks = StateEffect.define();

class InsertionWidget extends WidgetType {
  constructor(id, text, author, active) {
    super();
    Object.assign(this, { id, text, author, active });
  }

  eq(other) {
    return other.id === this.id && other.text === this.text && other.author === this.author && other.active === this.active;
  }

  toDOM() {
    const node = element('ins', {
      className: `br-suggest-ins${this.active ? ' br-suggest-active' : ''}`,
      textContent: this.text,
      title: `Suggested by ${this.author}`,
      dataset: { suggestionId: this.id },
    });
    node.setAttribute('aria-label', `Suggested by ${this.author}: add “${this.text}”`);
    return node;
  }

  ignoreEvent() {
    return false;
  }
}

export const suggestionMarks = StateField.define({
  create: () => [],
  update(marks, tr) {
    let next = marks;
    if (tr.docChanged) next = marks.map((m) => mapRange(m, tr.changes));
    for (const effect of tr.effects) if (effect.is(setSuggestionMarks)) next = effect.value;
    return next;
  },
  provide: (field) => EditorView.decorations.from(field, (marks) => {
    const ranges = [];
    for (const m of marks) {
      if (m.draft) {
        // The range a suggestion is being written for: highlighted, and mapped through everyone's edits until it is sent.
        if (m.to > m.from) ranges.push(Decoration.mark({ class: 'br-comment-mark br-comment-draft' }).range(m.from, m.to));
        continue;
      }
      if (m.to > m.from) {
        ranges.push(Decoration.mark({
          class: `br-suggest-del${m.active ? ' br-suggest-active' : ''}`,
          attributes: { 'data-suggestion-id': m.id, title: `${m.author} suggests removing this` },
        }).range(m.from, m.to));
      }
      if (m.text.length > 0) {
        ranges.push(Decoration.widget({ widget: new InsertionWidget(m.id, m.text, m.author, m.active), side: 1 }).range(m.to));
      }
    }
    return Decoration.set(ranges, true);
  }),
});

const quote = (text) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

const Decided = Object.freeze({ accepted: 'Accepted', rejected: 'Rejected', withdrawn: 'Withdrawn' });

export class SuggestionsPanel {
  constructor(sectionElement, sectionId, editor) {
    this.sectionId = sectionId;
    this.editor = editor;
    this.host = sectionElement.querySelector('[data-suggestions]');
    this.button = sectionElement.querySelector('[data-suggest-open]');
    this.suggestions = [];
    this.placed = new Map();
    this.pending = null;
    this.canSuggest = false;
    this.canDecide = false;
    this.activeId = null;
    this.showDecided = false;
    this.form = null;
    this.button?.addEventListener('click', () => this.openForm());
    editor.view.dom.addEventListener('click', (event) => {
      const id = event.target.closest?.('[data-suggestion-id]')?.dataset.suggestionId;
      if (id) this.activate(id, { focus: true });
    });
  }

  get url() {
    return `/api/minutes/sections/${this.sectionId}/suggestions`;
  }

  get open() {
    return this.suggestions.filter((s) => s.status === 'open');
  }

  /** Access to the section ended: nothing of its suggestions stays on the page. */
  clear() {
    this.suggestions = [];
    this.placed = new Map();
    this.pending = null;
    this.canSuggest = false;
    this.canDecide = false;
    this.form = null;
    if (this.button) this.button.disabled = true;
    this.drawMarks();
    this.render();
  }

  /** Suggesting is for those who may take part: a selection is replaced, a caret is where the text goes. */
  selectionChanged(text) {
    if (!this.button) return;
    this.button.disabled = !this.editor.canEdit;
    this.button.title = text.length > 0 ? 'Suggest a change to the selected text' : 'Suggest text to add at the cursor';
  }

  async refresh() {
    try {
      const response = await fetch(this.url, { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const body = await response.json();
      this.canSuggest = body.canSuggest;
      this.canDecide = body.canDecide;
      this.suggestions = body.suggestions;
      this.pending = { revision: body.revision, open: body.suggestions.filter((s) => s.status === 'open') };
      this.place();
      this.render();
    } catch {
      // Offline: the suggestions come with the next change.
    }
  }

  /** Maps the open suggestions onto the local text once the editor has reached their revision. */
  place() {
    if (!this.pending) return;
    const result = placeRanges(this.editor.client, this.pending.revision, this.pending.open);
    if (!result.ready) return;
    this.pending = null;
    if (result.stale) {
      this.refresh();
      return;
    }
    this.placed = result.placed;
    this.drawMarks();
    this.render();
  }

  drawMarks() {
    const marks = [];
    for (const s of this.open) {
      const range = this.placed.get(s.id);
      if (range) marks.push({ id: s.id, from: range.start, to: range.end, text: s.replacement, author: s.author, active: s.id === this.activeId });
    }
    const draft = this.currentDraft();
    if (draft) marks.push(draft);
    this.editor.view.dispatch({ effects: setSuggestionMarks.of(marks) });
  }

  /** The suggestions as drawn in the editor now, for diagnostics and tests: [{ id, from, to, removes, adds }]. */
  marks() {
    const state = this.editor.view.state;
    return state.field(suggestionMarks).filter((m) => !m.draft).map((m) => ({ id: m.id, from: m.from, to: m.to, removes: state.sliceDoc(m.from, m.to), adds: m.text }));
  }

  /** The range the open form is for, as mapped through every edit since it was chosen; null without a form. */
  currentDraft() {
    return this.form ? this.editor.view.state.field(suggestionMarks).find((m) => m.draft) ?? null : null;
  }

  activate(id, { focus = false } = {}) {
    this.activeId = id;
    this.drawMarks();
    for (const article of this.host?.querySelectorAll('[data-suggestion]') ?? []) {
      article.classList.toggle('br-suggestion-active', article.dataset.suggestion === id);
    }
    if (focus) this.host?.querySelector(`[data-suggestion="${id}"]`)?.focus();
  }

  openForm() {
    if (!this.editor.canEdit) return;
    const { from, to } = this.editor.view.state.selection.main;
    const selected = this.editor.view.state.sliceDoc(from, to);
    const text = element('textarea', { rows: 3, maxLength: 5000, className: 'br-comment-input', value: selected });
    text.setAttribute('aria-label', selected ? 'Replace the selected text with' : 'Text to add');
    const message = element('p', { className: 'br-comment-message', role: 'status' });
    const post = element('button', { type: 'submit', className: 'br-tool br-tool-primary', textContent: 'Suggest', dataset: { suggestionPost: '' } });
    const cancel = element('button', { type: 'button', className: 'br-tool', textContent: 'Cancel' });
    const what = selected
      ? element('p', { className: 'br-meta' }, 'Replacing ', element('del', { className: 'br-suggest-del', textContent: quote(selected) }))
      : element('p', { className: 'br-meta', textContent: 'Adding at the cursor.' });
    const form = element('form', { className: 'br-comment-form', dataset: { suggestionForm: '' } },
      what, text, element('div', { className: 'br-comment-actions' }, post, cancel), message);
    form.setAttribute('aria-label', 'New suggestion');
    cancel.addEventListener('click', () => this.closeForm());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      post.disabled = true;
      message.textContent = 'Sending…';
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
    this.replacing = from < to;
    this.editor.view.dispatch({ effects: setSuggestionMarks.of([...this.editor.view.state.field(suggestionMarks).filter((m) => !m.draft), { id: 'draft', draft: true, from, to, text: '' }]) });
    this.render();
    text.focus();
    text.select();
  }

  closeForm() {
    this.form = null;
    this.drawMarks();
    this.render();
  }

  /** Posts the suggestion on the range chosen, once nothing of this member's is pending (it is then on the server's text). */
  async post(text) {
    const saved = await whenSaved(this.editor);
    const range = this.currentDraft();
    if (!saved || !range) return 'Not sent: the minutes are not saved yet. Try again.';
    if (this.replacing && range.to <= range.from) return 'Not sent: the text you selected has been deleted meanwhile.';
    return this.send(this.url, { revision: this.editor.client.revision, start: range.from, end: range.to, text });
  }

  async send(url, body) {
    const error = await postJson(url, body, this.editor.session.root.dataset.antiforgery ?? '');
    if (error === null) await this.refresh();
    return error;
  }

  render() {
    if (!this.host) return;
    const open = this.open;
    const decided = this.suggestions.filter((s) => s.status !== 'open');
    this.host.hidden = this.suggestions.length === 0 && !this.form;
    const children = [];
    if (this.form) children.push(this.form);
    if (this.suggestions.length > 0) {
      children.push(element('h3', { className: 'br-comments-title', textContent: `Suggestions (${open.length} open${decided.length ? `, ${decided.length} decided` : ''})` }));
    }
    children.push(...open.map((s) => this.renderSuggestion(s)));
    if (decided.length > 0) {
      const toggle = element('button', { type: 'button', className: 'br-tool br-comments-toggle', textContent: this.showDecided ? 'Hide decided' : `Show decided (${decided.length})` });
      toggle.setAttribute('aria-expanded', String(this.showDecided));
      toggle.addEventListener('click', () => {
        this.showDecided = !this.showDecided;
        this.render();
      });
      children.push(toggle);
      if (this.showDecided) children.push(...decided.map((s) => this.renderSuggestion(s)));
    }
    this.host.replaceChildren(...children);
  }

  renderSuggestion(s) {
    const article = element('article', {
      className: `br-thread br-suggestion${s.status !== 'open' ? ' br-thread-resolved' : ''}${s.id === this.activeId ? ' br-suggestion-active' : ''}`,
      tabIndex: -1,
      dataset: { suggestion: s.id, suggestionState: s.status },
    });
    const verb = s.original && s.replacement ? 'replace' : s.original ? 'remove' : 'add';
    article.setAttribute('aria-label', `Suggestion by ${s.author}: ${verb}`);
    article.append(element('p', {},
      element('span', { className: 'br-thread-author', textContent: s.author }),
      element('span', { className: 'br-meta', textContent: ` suggests · ${when(s.at)}` })));
    const change = element('p', { className: 'br-suggestion-change', dataset: { suggestionChange: '' } });
    if (s.original) change.append(element('del', { className: 'br-suggest-del', textContent: quote(s.original) }));
    if (s.original && s.replacement) change.append(' → ');
    if (s.replacement) change.append(element('ins', { className: 'br-suggest-ins', textContent: quote(s.replacement) }));
    article.append(change);
    if (s.status !== 'open') {
      article.append(element('p', { className: 'br-meta', textContent: `${Decided[s.status] ?? s.status} by ${s.decidedBy}, ${when(s.decidedAt)}.` }));
      return article;
    }
    const message = element('p', { className: 'br-comment-message', role: 'status' });
    const act = async (path) => {
      message.textContent = 'Saving…';
      const error = await this.send(`/api/minutes/suggestions/${s.id}/${path}`);
      message.textContent = error ?? '';
    };
    const actions = element('div', { className: 'br-comment-actions' });
    if (this.canDecide) {
      const accept = element('button', { type: 'button', className: 'br-tool br-tool-primary', textContent: 'Accept', dataset: { suggestionAction: 'accept' } });
      accept.addEventListener('click', () => act('accept'));
      const reject = element('button', { type: 'button', className: 'br-tool', textContent: 'Reject', dataset: { suggestionAction: 'reject' } });
      reject.addEventListener('click', () => act('reject'));
      actions.append(accept, reject);
    }
    if (s.mine && this.canSuggest) {
      const withdraw = element('button', { type: 'button', className: 'br-tool', textContent: 'Withdraw', dataset: { suggestionAction: 'withdraw' } });
      withdraw.addEventListener('click', () => act('withdraw'));
      actions.append(withdraw);
    }
    if (actions.childElementCount > 0) article.append(actions, message);
    return article;
  }
}
