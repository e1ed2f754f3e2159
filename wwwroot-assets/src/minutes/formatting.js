// Formatting for the minutes editor, as Markdown: bold, italic, link, headings, bulleted and numbered lists, a table.
// Each command takes an EditorState and returns a transaction spec (or null when there is nothing to do), so it can
// be tested without a browser; the toolbar and the shortcuts dispatch what they return as the member's own edit.
import { EditorSelection } from '@codemirror/state';

const wordAt = (state, pos) => {
  const line = state.doc.lineAt(pos);
  const text = line.text;
  let from = pos - line.from;
  let to = from;
  while (from > 0 && /[\p{L}\p{N}_'-]/u.test(text[from - 1])) from--;
  while (to < text.length && /[\p{L}\p{N}_'-]/u.test(text[to])) to++;
  return { from: line.from + from, to: line.from + to };
};

/** Wraps each selection (or the word at the caret) in `mark`, or takes the mark off when it is already there. */
export function toggleMark(state, mark) {
  const n = mark.length;
  return state.changeByRange((range) => {
    const { from, to } = range.empty ? wordAt(state, range.from) : range;
    const outside = state.sliceDoc(from - n, from) === mark && state.sliceDoc(to, to + n) === mark;
    const inside = to - from >= 2 * n && state.sliceDoc(from, from + n) === mark && state.sliceDoc(to - n, to) === mark;
    if (outside) {
      return {
        changes: [{ from: from - n, to: from }, { from: to, to: to + n }],
        range: EditorSelection.range(from - n, to - n),
      };
    }
    if (inside) {
      return {
        changes: [{ from, to: from + n }, { from: to - n, to }],
        range: EditorSelection.range(from, to - 2 * n),
      };
    }
    return {
      changes: [{ from, insert: mark }, { from: to, insert: mark }],
      range: from === to ? EditorSelection.cursor(from + n) : EditorSelection.range(from + n, to + n),
    };
  });
}

/** Makes the selection (or the word at the caret) a link, and selects its address for the member to type over. */
export function insertLink(state) {
  return state.changeByRange((range) => {
    const { from, to } = range.empty ? wordAt(state, range.from) : range;
    const label = state.sliceDoc(from, to) || 'link text';
    const url = 'https://';
    const insert = `[${label}](${url})`;
    const urlStart = from + label.length + 3;
    return { changes: { from, to, insert }, range: EditorSelection.range(urlStart, urlStart + url.length) };
  });
}

const linesOf = (state) => {
  const seen = new Set();
  const lines = [];
  for (const range of state.selection.ranges) {
    for (let pos = range.from; pos <= range.to;) {
      const line = state.doc.lineAt(pos);
      if (!seen.has(line.number)) {
        seen.add(line.number);
        lines.push(line);
      }
      pos = line.to + 1;
    }
  }
  return lines;
};

const HEADING = /^#{1,6} /;
const BULLET = /^[-*+] /;
const NUMBER = /^\d+[.)] /;

/**
 * Gives each selected line the prefix `make(index)`, replacing another prefix of the same family (`strip`), or takes it
 * off when every line already has exactly it.
 */
function togglePrefix(state, strip, make) {
  const lines = linesOf(state);
  const all = lines.every((line, i) => line.text.startsWith(make(i)));
  const changes = lines.map((line, i) => {
    const existing = strip.exec(line.text)?.[0] ?? '';
    return { from: line.from, to: line.from + existing.length, insert: all ? '' : make(i) };
  });
  return { changes, scrollIntoView: true };
}

export const toggleHeading = (state, level) => togglePrefix(state, HEADING, () => `${'#'.repeat(level)} `);

export const toggleBulletList = (state) => togglePrefix(state, new RegExp(`${BULLET.source}|${NUMBER.source}`), () => '- ');

export const toggleNumberedList = (state) => togglePrefix(state, new RegExp(`${BULLET.source}|${NUMBER.source}`), (i) => `${i + 1}. `);

/** A two-column table with a header row, on lines of its own after the caret's line; the first header is selected. */
export function insertTable(state) {
  const line = state.doc.lineAt(state.selection.main.head);
  const before = line.length > 0 ? '\n\n' : '';
  const table = '| Heading | Heading |\n| --- | --- |\n| Cell | Cell |\n';
  const start = line.to + before.length + 2;
  return {
    changes: { from: line.to, insert: `${before}${table}` },
    selection: EditorSelection.range(start, start + 'Heading'.length),
    scrollIntoView: true,
  };
}

/**
 * The toolbar's buttons and their shortcuts (CodeMirror key names; Mod is Ctrl, or Cmd on a Mac). Each button's visible
 * text is part of its accessible name (WCAG 2.5.3), so speech users can say what they see.
 */
export const formattingCommands = [
  { id: 'bold', label: 'Bold', key: 'Mod-b', text: 'B', run: (s) => toggleMark(s, '**') },
  { id: 'italic', label: 'Italic', key: 'Mod-i', text: 'I', run: (s) => toggleMark(s, '_') },
  { id: 'link', label: 'Link', key: 'Mod-k', text: 'Link', run: insertLink },
  { id: 'heading', label: 'Heading', key: 'Mod-Alt-2', text: 'H', run: (s) => toggleHeading(s, 2) },
  { id: 'bullets', label: 'Bulleted list', key: 'Mod-Shift-8', text: 'List', run: toggleBulletList },
  { id: 'numbers', label: 'Numbered list', key: 'Mod-Shift-7', text: 'Numbered', run: toggleNumberedList },
  { id: 'table', label: 'Table', key: null, text: 'Table', run: insertTable },
];

/** Shown in a button's tooltip: "Ctrl+B" (or "⌘B" on a Mac). */
export function shortcutText(key, mac) {
  if (!key) return '';
  return key.split('-').map((part) => {
    if (part === 'Mod') return mac ? '⌘' : 'Ctrl';
    if (part === 'Alt') return mac ? '⌥' : 'Alt';
    if (part === 'Shift') return mac ? '⇧' : 'Shift';
    return part.toUpperCase();
  }).join(mac ? '' : '+');
}
