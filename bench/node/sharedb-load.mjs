// ShareDB under the hub-load workload (see docs/benchmarks.md, "hub-load"): a ShareDB server with the
// text-unicode type over WebSockets on 127.0.0.1 in a child process, 50 editors at 2 ops/s and 200 viewers on
// one document, for a bounded time. Prints one JSON object with the same metrics as the C# hub-load benchmark.
//
//   node bench/node/sharedb-load.mjs [--seconds 30] [--warmup 5] [--editors 50] [--viewers 200] [--rate 2]
//
// Everything is on 127.0.0.1, bounded in count and time, and stops by itself (the server child is killed).
import { performance } from 'node:perf_hooks';
import {
  COLLECTION, connect, createSection, nothingPending, option, percentiles, randomOp, requestMemory, runBounded,
  sharedbVersion, sleep, startServer, subscribe,
} from './sharedb-harness.mjs';

const DOC_ID = 'section';

async function runLoad() {
  const seconds = option('seconds', 30);
  const warmup = option('warmup', 5);
  const editorsCount = option('editors', 50);
  const viewersCount = option('viewers', 200);
  const rate = option('rate', 2);

  const { child, port } = await startServer();
  const memBefore = await requestMemory(child);

  const setup = await connect(port);
  await createSection(setup, DOC_ID);

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
  function edit(editor) {
    if (measuring) editsMade++;
    editor.doc.submitOp(randomOp(editor.doc.data), (err) => { if (err) errors.push(String(err)); });
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
    sharedb: sharedbVersion(),
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

runBounded('sharedb-load', runLoad);
