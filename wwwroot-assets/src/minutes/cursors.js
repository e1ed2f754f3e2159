// Other members' carets and selections, drawn in their colour with their name. Positions are kept in the local
// document's coordinates and mapped through every change (local or remote), so they stay in place as text moves.
import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, WidgetType } from '@codemirror/view';

/** Sets or moves one member's cursor: { id, name, colour, anchor, head }. */
export const setRemoteCursor = StateEffect.define();
/** Removes one member's cursor by participant id. */
export const removeRemoteCursor = StateEffect.define();

class CaretWidget extends WidgetType {
  constructor(name, colour, moves) {
    super();
    this.name = name;
    this.colour = colour;
    // A new DOM node after each move restarts the label's fade: the name shows while the person is active.
    this.moves = moves;
  }

  eq(other) {
    return other.name === this.name && other.colour === this.colour && other.moves === this.moves;
  }

  toDOM() {
    const caret = document.createElement('span');
    caret.className = 'br-remote-caret';
    caret.style.borderColor = this.colour;
    caret.style.color = this.colour;
    caret.setAttribute('data-name', this.name);
    caret.setAttribute('aria-hidden', 'true');
    const label = document.createElement('span');
    label.className = 'br-remote-caret-label';
    label.style.backgroundColor = this.colour;
    label.textContent = this.name;
    caret.appendChild(label);
    return caret;
  }

  ignoreEvent() {
    return true;
  }
}

function clamp(value, length) {
  return Math.max(0, Math.min(value, length));
}

export const remoteCursors = StateField.define({
  create() {
    return new Map();
  },
  update(cursors, tr) {
    let next = cursors;
    if (tr.docChanged) {
      next = new Map();
      for (const [id, c] of cursors) {
        next.set(id, { ...c, anchor: tr.changes.mapPos(c.anchor, 1), head: tr.changes.mapPos(c.head, 1) });
      }
    }
    for (const effect of tr.effects) {
      if (effect.is(setRemoteCursor)) {
        if (next === cursors) next = new Map(cursors);
        const length = tr.state.doc.length;
        const moves = (cursors.get(effect.value.id)?.moves ?? 0) + 1;
        next.set(effect.value.id, { ...effect.value, moves, anchor: clamp(effect.value.anchor, length), head: clamp(effect.value.head, length) });
      } else if (effect.is(removeRemoteCursor)) {
        if (next === cursors) next = new Map(cursors);
        next.delete(effect.value);
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.compute([field], (state) => {
    const ranges = [];
    for (const c of state.field(field).values()) {
      const from = Math.min(c.anchor, c.head);
      const to = Math.max(c.anchor, c.head);
      if (to > from) {
        ranges.push(Decoration.mark({
          class: 'br-remote-selection',
          attributes: { style: `background-color: ${c.colour}33`, 'data-name': c.name },
        }).range(from, to));
      }
      ranges.push(Decoration.widget({ widget: new CaretWidget(c.name, c.colour, c.moves), side: 1 }).range(c.head));
    }
    return Decoration.set(ranges, true);
  }),
});
