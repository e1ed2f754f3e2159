// Replays a sequential editing trace (josephg/editing-traces format, gzip JSON) through Yjs, Loro,
// ot-text-unicode (ShareDB's text type) and BoardRoom's own JavaScript OT twin, and prints the timings as JSON.
// Usage: node bench/node/replay.mjs <trace.json.gz> [runs]   (install first: npm ci --prefix bench/node)
// Called by `dotnet run -c Release --project BoardRoom.Benchmarks -- ot-replay`, which prints the figures side by side.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { LoroDoc } from 'loro-crdt';
import { type as otText } from 'ot-text-unicode';
import { TextOperation } from '../../wwwroot-assets/src/ot/text-operation.js';

const [tracePath, runsArg] = process.argv.slice(2);
if (!tracePath) {
  console.error('usage: node replay.mjs <trace.json.gz> [runs]');
  process.exit(2);
}
const runs = Number(runsArg ?? 5);
const trace = JSON.parse(gunzipSync(readFileSync(tracePath)).toString('utf8'));
const patches = trace.txns.flatMap((t) => t.patches);

const engines = {
  // One Y.Text edited patch by patch, each call its own implicit transaction.
  yjs() {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, trace.startContent);
    for (const [pos, del, ins] of patches) {
      if (del > 0) text.delete(pos, del);
      if (ins.length > 0) text.insert(pos, ins);
    }
    return text.toString();
  },
  // One LoroText; Loro groups uncommitted edits into one transaction, committed at the end.
  loro() {
    const doc = new LoroDoc();
    const text = doc.getText('t');
    text.insert(0, trace.startContent);
    for (const [pos, del, ins] of patches) {
      if (del > 0) text.delete(pos, del);
      if (ins.length > 0) text.insert(pos, ins);
    }
    doc.commit();
    return text.toString();
  },
  // ShareDB's text type: each patch becomes an op applied to an immutable JS string, as a ShareDB server does.
  'ot-text-unicode'() {
    let doc = trace.startContent;
    for (const [pos, del, ins] of patches) {
      const op = [];
      if (pos > 0) op.push(pos);
      if (ins.length > 0) op.push(ins);
      if (del > 0) op.push({ d: del });
      doc = otText.apply(doc, op);
    }
    return doc;
  },
  // BoardRoom's browser twin: build each patch as a TextOperation and apply it to a string (what a client does).
  'boardroom-js'() {
    let doc = trace.startContent;
    for (const [pos, del, ins] of patches) {
      doc = TextOperation.replace(doc.length, pos, del, ins).apply(doc);
    }
    return doc;
  },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = {};
for (const [name, run] of Object.entries(engines)) {
  const warmStart = performance.now();
  const final = run(); // warm-up, and the correctness check
  const warmMs = performance.now() - warmStart;
  // An engine that takes seconds per replay is reported from that single (cold) run: the ranking does not change.
  const times = warmMs > 20000 ? [warmMs] : [];
  const measured = times.length ? 0 : runs;
  for (let i = 0; i < measured; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  results[name] = {
    medianMs: Number(median(times).toFixed(2)),
    minMs: Number(Math.min(...times).toFixed(2)),
    runs: times.length,
    correct: final === trace.endContent,
  };
}

console.log(JSON.stringify({ node: process.version, edits: patches.length, results }));
