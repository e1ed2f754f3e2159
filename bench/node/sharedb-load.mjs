// ShareDB under the hub-load workload (see docs/benchmarks.md, "hub-load"): a ShareDB server with the
// text-unicode type over WebSockets on 127.0.0.1 in a child process, 50 editors at 2 ops/s and 200 viewers on
// one document, for a bounded time. Prints one JSON object with the same metrics as the C# hub-load benchmark.
//
//   node bench/node/sharedb-load.mjs [--seconds 30] [--warmup 5] [--editors 50] [--viewers 200] [--rate 2]
//
// Everything is on 127.0.0.1, bounded in count and time, and stops by itself (the server child is killed).
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ShareDB from 'sharedb';
import ShareDBClient from 'sharedb/lib/client/index.js';
import WebSocketJSONStream from '@teamwork/websocket-json-stream';
import { WebSocket, WebSocketServer } from 'ws';
import * as textUnicode from 'ot-text-unicode';

const type = textUnicode.type;
ShareDB.types.register(type);

const COLLECTION = 'minutes';
const DOC_ID = 'section';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && at + 1 < process.argv.length ? Number(process.argv[at + 1]) : fallback;
}

// ---------------------------------------------------------------------------------------------- server (child)
function statusKb(field) {
  const m = readFileSync('/proc/self/status', 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return m ? Number(m[1]) : null;
}

function runServer() {
  const backend = new ShareDB();
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  wss.on('connection', (ws) => backend.listen(new WebSocketJSONStream(ws)));
  let peakRss = 0;
  const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };
  setInterval(sample, 250).unref();
  wss.on('listening', () => process.send({ port: wss.address().port }));
  process.on('message', (m) => {
    if (m === 'memory') {
      sample();
      process.send({ memory: { cpuMicros: process.cpuUsage().user + process.cpuUsage().system, rssBytes: process.memoryUsage().rss, peakRssBytes: peakRss, vmHwmKb: statusKb('VmHWM'), vmRssKb: statusKb('VmRSS') } });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

// ---------------------------------------------------------------------------------------------- load (parent)
function percentiles(values) {
  if (values.length === 0) return { count: 0, p50: null, p95: null, p99: null, max: null };
  const s = Float64Array.from(values).sort();
  const at = (p) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  const r = (x) => Math.round(x * 100) / 100;
  return { count: s.length, p50: r(at(50)), p95: r(at(95)), p99: r(at(99)), max: r(s[s.length - 1]) };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function connect(port) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}`);
    const connection = new ShareDBClient.Connection(socket);
    const timer = setTimeout(() => reject(new Error('connect timeout')), 30000);
    connection.on('state', (state) => {
      if (state === 'connected') { clearTimeout(timer); resolve(connection); }
    });
    connection.on('error', reject);
  });
}

function subscribe(doc) {
  return new Promise((resolve, reject) => doc.subscribe((err) => (err ? reject(err) : resolve())));
}

function nothingPending(doc) {
  return new Promise((resolve) => doc.whenNothingPending(resolve));
}

async function requestMemory(child) {
  return new Promise((resolve) => {
    const onMessage = (m) => { if (m.memory) { child.off('message', onMessage); resolve(m.memory); } };
    child.on('message', onMessage);
    child.send('memory');
  });
}

async function runLoad() {
  const seconds = option('seconds', 30);
  const warmup = option('warmup', 5);
  const editorsCount = option('editors', 50);
  const viewersCount = option('viewers', 200);
  const rate = option('rate', 2);

  const child = fork(fileURLToPath(import.meta.url), ['--server'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const memBefore = await requestMemory(child);

  // The document starts as a short paragraph, as a section would after a few minutes of a meeting.
  const setup = await connect(port);
  const setupDoc = setup.get(COLLECTION, DOC_ID);
  await new Promise((resolve, reject) => setupDoc.create('Minutes of the item. ', type.uri, (e) => (e ? reject(e) : resolve())));

  let measuring = false;
  let measureStart = Infinity;
  let messagesDelivered = 0; // ops to others + acks to authors received by all clients while measuring
  const sendTimes = new Map(); // `${src}:${seq}` -> send time (performance.now())
  const ackMs = [];
  const seenMs = [];
  let editsMade = 0;
  let submissions = 0;
  const errors = [];

  const editors = [];
  for (let i = 0; i < editorsCount; i++) {
    const connection = await connect(port);
    const doc = connection.get(COLLECTION, DOC_ID);
    await subscribe(doc);
    const editor = { connection, doc, measured: new Set() };
    connection.on('send', (m) => {
      if (m.a === 'op' && m.op) {
        const key = `${m.src ?? connection.id}:${m.seq}`;
        sendTimes.set(key, performance.now());
        if (measuring) { submissions++; editor.measured.add(key); }
      }
    });
    connection.on('receive', (request) => {
      const m = request.data;
      if (m.a !== 'op') return;
      if (measuring) messagesDelivered++;
      if (!m.op && m.src === connection.id) {
        const key = `${m.src}:${m.seq}`;
        if (editor.measured.delete(key)) ackMs.push(performance.now() - sendTimes.get(key));
      }
    });
    doc.on('error', (e) => errors.push(String(e)));
    editors.push(editor);
  }

  const viewers = [];
  for (let i = 0; i < viewersCount; i++) {
    const connection = await connect(port);
    const doc = connection.get(COLLECTION, DOC_ID);
    connection.on('receive', (request) => {
      const m = request.data;
      if (m.a !== 'op' || !m.op) return;
      const now = performance.now();
      if (measuring) messagesDelivered++;
      const sent = sendTimes.get(`${m.src}:${m.seq}`);
      // Only submissions sent while measuring are timed.
      if (measuring && sent !== undefined && sent >= measureStart) seenMs.push(now - sent);
    });
    await subscribe(doc);
    viewers.push({ connection, doc });
  }

  // Editors: every 1/rate s (phase-shifted), a small random insert or delete through doc.submitOp
  // (ShareDB's client keeps one op in flight and composes the rest, as OtClient does).
  const letters = 'abcdefghijklmnopqrstuvwxyz ';
  const randomText = (n) => Array.from({ length: n }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
  function edit(editor) {
    const text = editor.doc.data;
    const length = text.length; // ASCII only: code points = UTF-16 units
    let op;
    if (length > 400 || (length > 20 && Math.random() < 0.3)) {
      const n = 1 + Math.floor(Math.random() * 3);
      const pos = Math.floor(Math.random() * (length - n));
      op = [pos, { d: n }];
    } else {
      op = [Math.floor(Math.random() * (length + 1)), randomText(1 + Math.floor(Math.random() * 4))];
    }
    if (measuring) editsMade++;
    editor.doc.submitOp(op, (err) => { if (err) errors.push(String(err)); });
  }
  let editing = true;
  const periodMs = 1000 / rate;
  const timers = editors.map((editor, i) => setTimeout(function tick() {
    if (!editing) return;
    edit(editor);
    editor.timer = setTimeout(tick, periodMs);
  }, (i * periodMs) / editorsCount));

  let peakServerRss = 0;
  const sampler = setInterval(async () => {
    const m = await requestMemory(child);
    peakServerRss = Math.max(peakServerRss, m.rssBytes);
  }, 500);

  await sleep(warmup * 1000);
  const serverCpuStart = (await requestMemory(child)).cpuMicros;
  const loadCpuStart = process.cpuUsage();
  measureStart = performance.now();
  measuring = true;
  await sleep(seconds * 1000);
  measuring = false;
  const measuredMs = performance.now() - measureStart;
  const loadCpu = process.cpuUsage(loadCpuStart);
  const serverCpuMicros = (await requestMemory(child)).cpuMicros - serverCpuStart;
  editing = false;
  timers.forEach((t) => clearTimeout(t));
  editors.forEach((e) => clearTimeout(e.timer));

  // Drain: every editor's ops acknowledged, every viewer at the server's version, then a fresh fetch.
  const drainStart = performance.now();
  await Promise.race([Promise.all(editors.map((e) => nothingPending(e.doc))), sleep(30000)]);
  const fresh = await connect(port);
  const freshDoc = fresh.get(COLLECTION, DOC_ID);
  await new Promise((resolve, reject) => freshDoc.fetch((e) => (e ? reject(e) : resolve())));
  const deadline = performance.now() + 30000;
  while (performance.now() < deadline && [...editors, ...viewers].some((c) => c.doc.version < freshDoc.version)) {
    await sleep(20);
  }
  const drainMs = performance.now() - drainStart;
  const serverText = freshDoc.data;
  const differing = [...editors, ...viewers].filter((c) => c.doc.data !== serverText).length;

  clearInterval(sampler);
  const memEnd = await requestMemory(child);
  peakServerRss = Math.max(peakServerRss, memEnd.peakRssBytes);

  for (const c of [...editors, ...viewers, { connection: fresh }, { connection: setup }]) c.connection.close();
  child.kill();

  const mb = (b) => Math.round((b / 1048576) * 10) / 10;
  const result = {
    system: 'sharedb',
    node: process.version,
    sharedb: JSON.parse(readFileSync(new URL('./node_modules/sharedb/package.json', import.meta.url))).version,
    editors: editorsCount,
    viewers: viewersCount,
    ratePerEditor: rate,
    warmupSeconds: warmup,
    seconds,
    edits: editsMade,
    submissions,
    submitToAckMs: percentiles(ackMs),
    seenByOthersMs: percentiles(seenMs),
    opsPerSecond: Math.round((ackMs.length / (measuredMs / 1000)) * 10) / 10,
    messagesPerSecond: Math.round(messagesDelivered / (measuredMs / 1000)),
    serverRssBeforeMb: mb(memBefore.rssBytes),
    serverPeakRssMb: mb(peakServerRss),
    serverVmHwmMb: memEnd.vmHwmKb == null ? null : Math.round(memEnd.vmHwmKb / 102.4) / 10,
    serverCpuCores: Math.round((serverCpuMicros / 1000 / measuredMs) * 100) / 100,
    loadCpuCores: Math.round(((loadCpu.user + loadCpu.system) / 1000 / measuredMs) * 100) / 100,
    finalRevision: freshDoc.version,
    finalLength: serverText.length,
    drainMs: Math.round(drainMs),
    converged: differing === 0,
    replicasDiffering: differing,
    errors: errors.slice(0, 5),
    errorCount: errors.length,
    storage: 'ShareDB in-memory database (no durable write per op)',
  };
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  process.exit(0);
}

if (process.argv.includes('--server')) {
  runServer();
} else {
  const guard = setTimeout(() => { console.error('sharedb-load: gave up after its time limit'); process.exit(3); },
    (option('seconds', 30) + option('warmup', 5) + 180) * 1000);
  guard.unref();
  runLoad().catch((e) => { console.error(e); process.exit(1); });
}
