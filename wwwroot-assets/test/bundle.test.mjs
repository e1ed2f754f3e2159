// Every stylesheet in styles/ must reach a bundle: a stylesheet no entry point imports is silently missing from
// every page (the planning pages once lost their layout that way).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);

test('every stylesheet is imported by an entry point', () => {
  const entries = ['src/app.js', 'src/minutes.js'].map((f) => readFileSync(new URL(f, root), 'utf8')).join('\n');
  const imported = new Set([...entries.matchAll(/import '\.\.\/styles\/([^']+\.css)';/g)].map((m) => m[1]));
  const sheets = readdirSync(new URL('styles/', root)).filter((f) => f.endsWith('.css'));
  assert.ok(sheets.length >= 4);
  assert.deepEqual(sheets.filter((s) => !imported.has(s)), []);
});
