// "Capture as decision / action": the selected minutes text becomes the start of a decision or an action of this
// agenda item, recorded through the registers (which check on the server that the member may).
import { element } from './review.js';

function field(label, input) {
  const wrapper = document.createElement('label');
  wrapper.className = 'br-capture-field';
  const span = document.createElement('span');
  span.textContent = label;
  wrapper.append(span, input);
  return wrapper;
}


export class CaptureForms {
  constructor(root) {
    this.meetingId = root.dataset.meetingId;
    this.token = root.dataset.antiforgery ?? '';
    this.members = JSON.parse(root.dataset.members ?? '[]');
  }

  /** Enables the section's capture buttons while its editor has a non-empty selection it may edit. */
  bind(editor) {
    const buttons = editor.element.querySelectorAll('[data-capture]');
    editor.onSelection = (text) => {
      for (const b of buttons) {
        b.disabled = !editor.canEdit || text.trim().length === 0;
      }
    };
    for (const b of buttons) {
      b.addEventListener('click', () => this.open(editor, b.dataset.capture, editor.selectedText()));
    }
  }

  open(editor, kind, text) {
    const host = editor.element.querySelector('[data-capture-host]');
    const form = element('form', { className: 'br-capture' });
    form.dataset.kind = kind;
    const message = element('p', { className: 'br-capture-message', role: 'status' });
    let read;
    if (kind === 'decision') {
      const textArea = element('textarea', { name: 'text', rows: 2, value: text, required: true });
      const method = element('select', { name: 'method' });
      method.append(new Option('By consensus', 'Consensus'), new Option('By vote', 'Vote'));
      const votes = ['For', 'Against', 'Abstain'].map((n) => element('input', { type: 'number', min: 0, value: 0, name: n.toLowerCase() }));
      form.append(field('Decision', textArea), field('How decided', method), ...votes.map((v, i) => field(['For', 'Against', 'Abstaining'][i], v)));
      read = () => ({
        text: textArea.value, method: method.value,
        votesFor: Number(votes[0].value), votesAgainst: Number(votes[1].value), abstentions: Number(votes[2].value),
      });
    } else {
      const description = element('textarea', { name: 'description', rows: 2, value: text, required: true });
      const owner = element('select', { name: 'owner' });
      owner.append(new Option('— an organisation —', ''));
      for (const m of this.members) owner.append(new Option(m.Name ?? m.name, m.PersonId ?? m.personId));
      const organisation = element('input', { name: 'organisation', placeholder: 'Organisation (if no member owns it)' });
      const measure = element('input', { name: 'measure', required: true });
      const due = element('input', { type: 'date', name: 'due', required: true });
      form.append(field('Action (specific)', description), field('Owner', owner), field('…or organisation', organisation),
        field('Measure of success (measurable)', measure), field('Due (timebound)', due));
      read = () => ({
        description: description.value, ownerPersonId: owner.value || null, ownerOrganisation: organisation.value,
        measure: measure.value, dueOn: due.value || null,
      });
    }
    const save = element('button', { type: 'submit', className: 'br-tool br-tool-primary', textContent: `Record ${kind}` });
    const cancel = element('button', { type: 'button', className: 'br-tool', textContent: 'Cancel' });
    cancel.addEventListener('click', () => host.replaceChildren());
    form.append(element('div', { className: 'br-capture-actions' }), message);
    form.querySelector('.br-capture-actions').append(save, cancel);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      save.disabled = true;
      message.textContent = 'Saving…';
      try {
        const response = await fetch(`/api/meetings/${this.meetingId}/items/${editor.sectionId}/${kind}s`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', RequestVerificationToken: this.token },
          body: JSON.stringify(read()),
        });
        const body = await response.json().catch(() => ({}));
        if (response.ok) {
          host.replaceChildren(element('p', { className: 'br-capture-done', role: 'status', textContent: `Recorded ${body.reference}.` }));
        } else {
          message.textContent = body.detail ?? `Not recorded (${response.status}).`;
          message.classList.add('br-capture-error');
        }
      } catch {
        message.textContent = 'Not recorded: you are offline. Try again when the connection is back.';
        message.classList.add('br-capture-error');
      } finally {
        save.disabled = false;
      }
    });
    host.replaceChildren(form);
    form.querySelector('textarea')?.focus();
  }
}
