// The minutes editor's formatting commands, on CodeMirror states (no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EditorSelection, EditorState } from '@codemirror/state';
import { insertLink, insertTable, toggleBulletList, toggleHeading, toggleMark, toggleNumberedList, shortcutText } from '../src/minutes/formatting.js';

function run(doc, [from, to], command) {
  const state = EditorState.create({ doc, selection: EditorSelection.range(from, to ?? from), extensions: EditorState.allowMultipleSelections.of(true) });
  const next = state.update(command(state)).state;
  const { from: a, to: b } = next.selection.main;
  return { text: next.doc.toString(), selected: next.sliceDoc(a, b) };
}

test('bold wraps the selection, and again takes it off', () => {
  const once = run('The board agreed the plan.', [10, 16], (s) => toggleMark(s, '**'));
  assert.deepEqual(once, { text: 'The board **agreed** the plan.', selected: 'agreed' });
  const twice = run(once.text, [12, 18], (s) => toggleMark(s, '**'));
  assert.equal(twice.text, 'The board agreed the plan.');
});

test('italic with nothing selected applies to the word at the caret', () => {
  assert.equal(run('Quorum reached', [3], (s) => toggleMark(s, '_')).text, '_Quorum_ reached');
});

test('a link keeps the selected words as its text and selects the address to type', () => {
  assert.deepEqual(run('See the framework', [8, 17], insertLink), { text: 'See the [framework](https://)', selected: 'https://' });
});

test('headings and lists apply to every selected line and toggle off', () => {
  assert.equal(run('Actions', [0], (s) => toggleHeading(s, 2)).text, '## Actions');
  assert.equal(run('## Actions', [4], (s) => toggleHeading(s, 2)).text, 'Actions');
  assert.equal(run('one\ntwo\nthree', [0, 13], toggleBulletList).text, '- one\n- two\n- three');
  assert.equal(run('- one\n- two', [0, 11], toggleNumberedList).text, '1. one\n2. two');
  assert.equal(run('1. one\n2. two', [0, 13], toggleNumberedList).text, 'one\ntwo');
});

test('a table goes on lines of its own with its first heading selected', () => {
  const result = run('Figures:', [8], insertTable);
  assert.equal(result.text, 'Figures:\n\n| Heading | Heading |\n| --- | --- |\n| Cell | Cell |\n');
  assert.equal(result.selected, 'Heading');
});

test('shortcuts read as each platform writes them', () => {
  assert.equal(shortcutText('Mod-b', false), 'Ctrl+B');
  assert.equal(shortcutText('Mod-Shift-8', true), '⌘⇧8');
});
