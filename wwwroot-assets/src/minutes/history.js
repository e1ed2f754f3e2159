// A section's history (issue #15, item 7): a timeline of who edited when, read from the op log on the server; the text
// at any step with each author's writing in their colour (the colour of their presence chip and caret); and "Restore
// this version", which replaces the text with that version as an ordinary edit of the person restoring (one undo
// step, in the op log like any other).
const palette = ['#1565c0', '#b3261e', '#2e7d32', '#6a1b9a', '#e65100', '#00838f', '#ad1457', '#4e342e'];

/** The smallest single change turning `from` into `to`: a common prefix and suffix kept, the middle replaced. */
export function replacement(from, to) {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let end = 0;
  while (end < from.length - start && end < to.length - start && from[from.length - 1 - end] === to[to.length - 1 - end]) end++;
  return { from: start, to: from.length - end, insert: to.slice(start, to.length - end) };
}

const when = (iso) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export class HistoryPanel {
  constructor(element, sectionId, editor) {
    this.element = element;
    this.sectionId = sectionId;
    this.editor = editor;
    this.panel = element.querySelector('[data-history]');
    this.button = element.querySelector('[data-history-open]');
    this.timeline = null;
    this.index = -1;
    this.colours = new Map();
    this.button?.addEventListener('click', () => (this.panel.hidden ? this.open() : this.close()));
  }

  get url() {
    return `/api/minutes/sections/${this.sectionId}/history`;
  }

  async open() {
    this.panel.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.panel.replaceChildren(Object.assign(document.createElement('p'), { className: 'br-meta', textContent: 'Loading the history…' }));
    try {
      this.timeline = await this.fetchJson(this.url);
    } catch (error) {
      this.panel.replaceChildren(Object.assign(document.createElement('p'), { className: 'br-meta', role: 'alert', textContent: error.message }));
      return;
    }
    // Each author in the colour of their presence chip and caret (the server's PresenceRegistry.ColourFor).
    this.timeline.authors.forEach((a) => this.colours.set(a.id, a.colour ?? this.colourOf(a.id)));
    this.render();
    await this.show(this.timeline.steps.length - 1);
  }

  close() {
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    this.panel.replaceChildren();
    this.button.focus();
  }

  colourOf(authorId) {
    if (!this.colours.has(authorId)) this.colours.set(authorId, palette[this.colours.size % palette.length]);
    return this.colours.get(authorId);
  }

  async fetchJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new Error(problem?.detail ?? `The history could not be loaded (${response.status}).`);
    }
    return response.json();
  }

  render() {
    const steps = this.timeline.steps;
    const head = document.createElement('div');
    head.className = 'br-history-head';
    const title = Object.assign(document.createElement('h3'), { textContent: 'History' });
    const closeButton = Object.assign(document.createElement('button'), { type: 'button', className: 'br-tool', textContent: 'Close history' });
    closeButton.addEventListener('click', () => this.close());
    head.append(title, closeButton);
    if (steps.length === 0) {
      this.panel.replaceChildren(head, Object.assign(document.createElement('p'), { className: 'br-meta', textContent: 'Nothing has been written here yet.' }));
      return;
    }
    const controls = document.createElement('div');
    controls.className = 'br-history-controls';
    this.previous = Object.assign(document.createElement('button'), { type: 'button', className: 'br-tool', textContent: 'Previous' });
    this.next = Object.assign(document.createElement('button'), { type: 'button', className: 'br-tool', textContent: 'Next' });
    this.slider = Object.assign(document.createElement('input'), { type: 'range', min: 0, max: steps.length - 1, step: 1 });
    this.slider.setAttribute('aria-label', 'Step in the history');
    this.previous.addEventListener('click', () => this.show(this.index - 1));
    this.next.addEventListener('click', () => this.show(this.index + 1));
    this.slider.addEventListener('input', () => this.show(Number(this.slider.value)));
    controls.append(this.previous, this.slider, this.next);
    this.caption = Object.assign(document.createElement('p'), { className: 'br-history-caption' });
    this.caption.setAttribute('role', 'status');
    this.legend = Object.assign(document.createElement('ul'), { className: 'br-history-legend' });
    this.legend.setAttribute('aria-label', 'Authors');
    for (const author of this.timeline.authors) {
      const item = document.createElement('li');
      const swatch = Object.assign(document.createElement('span'), { className: 'br-history-swatch' });
      swatch.style.backgroundColor = this.colourOf(author.id);
      item.append(swatch, document.createTextNode(author.name));
      this.legend.append(item);
    }
    this.text = Object.assign(document.createElement('div'), { className: 'br-history-text' });
    this.text.dataset.historyText = '';
    this.restore = Object.assign(document.createElement('button'), { type: 'button', className: 'br-tool br-history-restore', textContent: 'Restore this version' });
    this.restore.addEventListener('click', () => this.restoreShown());
    this.panel.replaceChildren(head, controls, this.caption, this.legend, this.text, this.restore);
  }

  async show(index) {
    const steps = this.timeline?.steps ?? [];
    if (index < 0 || index >= steps.length) return;
    this.index = index;
    const step = steps[index];
    this.slider.value = String(index);
    this.previous.disabled = index === 0;
    this.next.disabled = index === steps.length - 1;
    const version = await this.fetchJson(`${this.url}/${step.toRevision}`).catch((error) => ({ error }));
    if (this.index !== index) return; // a later step was chosen meanwhile
    if (version.error) {
      this.caption.textContent = version.error.message;
      return;
    }
    this.shown = version;
    const names = new Map([...this.timeline.authors, ...version.authors].map((a) => [a.id, a.name]));
    for (const a of version.authors) if (a.colour && !this.colours.has(a.id)) this.colours.set(a.id, a.colour);
    const author = names.get(step.authorId) ?? 'someone';
    this.caption.textContent = `Step ${index + 1} of ${steps.length}: ${author}, ${when(step.endedAt)}, `
      + `${step.inserted} added, ${step.deleted} removed (revision ${version.revision}).`;
    let at = 0;
    this.text.replaceChildren(...version.runs.map((run) => {
      const span = document.createElement('span');
      span.className = 'br-author-run';
      span.style.setProperty('--br-author', this.colourOf(run.authorId));
      span.title = `Written by ${names.get(run.authorId) ?? 'someone'}`;
      span.dataset.author = names.get(run.authorId) ?? '';
      span.textContent = version.text.slice(at, at + run.length);
      at += run.length;
      return span;
    }));
    const latest = index === steps.length - 1;
    this.restore.hidden = !this.editor.canEdit || latest;
  }

  restoreShown() {
    if (!this.shown || !this.editor.canEdit) return;
    if (this.editor.restore(this.shown.text)) {
      this.caption.textContent = `Restored revision ${this.shown.revision}: the minutes now read as they did then.`;
      this.restore.hidden = true;
    }
  }
}
