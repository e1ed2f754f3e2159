// ShareDB under the board-day's edit workload (see docs/benchmarks.md, "board-day"): a ShareDB
// server with the text-unicode type over WebSockets on 127.0.0.1 in a child process, M documents (one per meeting,
// `meeting-0` … in collection `minutes`), each with 20 participants on their own connection: 3 typists at a human pace
// (as BoardDayTypist: after 0-1 s, bursts of 4-16 keystrokes 200-300 ms apart, then a pause of 0.3-1.3 s) and 17
// viewers. A warm-up, the measured window, then the typists stop, every replica is checked against a fresh subscriber.
// Prints one JSON object with the same metrics as sharedb-load.mjs (read by HubLoadResult.FromShareDb).
//
//   node bench/node/sharedb-board-day.mjs [--docs 50] [--seconds 30] [--warmup 5] [--connect-at-once 8]
//
// Everything is on 127.0.0.1, bounded in count and time, and stops by itself (the server child is killed).
import { performance } from 'node:perf_hooks';
import {
  COLLECTION, connect, createSection, nothingPending, option, percentiles, randomInt, randomOp, requestMemory,
  runBounded, sharedbVersion, sleep, startServer, subscribe,
} from './sharedb-harness.mjs';

const PARTICIPANTS = 20; // per document, as BoardDayShape.Participants
const TYPISTS = 3; // per document, as BoardDayShape.Typists

async function runLoad() {
  const seconds = option('seconds', 30);
  const warmup = option('warmup', 5);
  const docsCount = option('docs', 50);
  const connectAtOnce = Math.max(1, option('connect-at-once', 8));

  const { child, port } = await startServer();
  const memBefore = await requestMemory(child);

  const docIds = Array.from({ length: docsCount }, (_, i) => `meeting-${i}`);
  const setup = await connect(port);
  for (const id of docIds) await createSection(setup, id);

  let measuring = false;
  let messagesDelivered = 0; // ops to others + acks to authors received by all clients while measuring
  // `${src}:${seq}` -> send time (performance.now()), only for submissions sent while measuring: their acks and
  // deliveries are timed even when they land after the window (as HubLoadRun does for BoardRoom).
  const measuredSends = new Map();
  const ackMs = [];
  const seenMs = [];
  let editsMade = 0;
  let submissions = 0;
  const errors = [];

  // Participant p of document d: 0-2 typists, 3-19 viewers; every one a ShareDB client on its own WebSocket.
  const plan = docIds.flatMap((id, d) => Array.from({ length: PARTICIPANTS }, (_, p) => ({ id, d, typist: p < TYPISTS })));
  const participants = [];
  async function join(slot) {
    const connection = await connect(port);
    connection.on('error', (e) => errors.push(String(e)));
    const doc = connection.get(COLLECTION, slot.id);
    // A typist can get another's op twice: from its subscription and in the catch-up ShareDB's server sends with the
    // ack of a submission made at an older version; only the first arrival is timed. Viewers get each op once.
    const participant = { ...slot, connection, doc, timed: slot.typist ? new Set() : null };
    connection.on('send', (m) => {
      if (m.a === 'op' && m.op && measuring) {
        submissions++;
        measuredSends.set(`${m.src ?? connection.id}:${m.seq}`, performance.now());
      }
    });
    connection.on('receive', (request) => {
      const m = request.data;
      if (!m || m.a !== 'op') return;
      const now = performance.now();
      if (measuring) messagesDelivered++;
      const key = `${m.src}:${m.seq}`;
      const sent = measuredSends.get(key);
      if (sent === undefined) return;
      if (!m.op) {
        if (m.src === connection.id) ackMs.push(now - sent); // the author's acknowledgement
      } else if (m.src !== connection.id) {
        // Another participant of the same document (src:seq is unique per connection).
        if (participant.timed) {
          if (participant.timed.has(key)) return;
          participant.timed.add(key);
        }
        seenMs.push(now - sent);
      }
    });
    doc.on('error', (e) => errors.push(String(e)));
    await subscribe(doc);
    participants.push(participant);
  }
  const connectStart = performance.now();
  for (let i = 0; i < plan.length; i += connectAtOnce) {
    await Promise.all(plan.slice(i, i + connectAtOnce).map((slot) => join(slot).catch((e) => errors.push(`join ${slot.id}: ${e}`))));
  }
  const connectMs = performance.now() - connectStart;
  const typists = participants.filter((p) => p.typist);

  // One keystroke: a small random insert or delete through doc.submitOp (ShareDB's client keeps one op in flight and
  // composes the rest, as OtClient does), as RandomEdits.Typing.
  function edit(typist) {
    if (measuring) editsMade++;
    typist.doc.submitOp(randomOp(typist.doc.data), (err) => { if (err) errors.push(String(err)); });
  }

  // Typists at BoardDayTypist's pace: not in step, bursts of 4-16 keystrokes 200-300 ms apart, pauses of 0.3-1.3 s.
  let typing = true;
  async function typeAlong(typist) {
    await sleep(randomInt(1000));
    while (typing) {
      const burst = 4 + randomInt(13);
      for (let k = 0; k < burst && typing; k++) {
        edit(typist);
        await sleep(200 + randomInt(101));
      }
      if (typing) await sleep(300 + randomInt(1001));
    }
  }
  const loops = typists.map((t) => typeAlong(t));

  let peakServerRss = 0;
  const sampler = setInterval(async () => {
    const m = await requestMemory(child);
    peakServerRss = Math.max(peakServerRss, m.rssBytes);
  }, 500);

  await sleep(warmup * 1000);
  const serverCpuStart = (await requestMemory(child)).cpuMicros;
  const loadCpuStart = process.cpuUsage();
  const measureStart = performance.now();
  measuring = true;
  await sleep(seconds * 1000);
  measuring = false;
  const measuredMs = performance.now() - measureStart;
  const loadCpu = process.cpuUsage(loadCpuStart);
  const serverCpuMicros = (await requestMemory(child)).cpuMicros - serverCpuStart;
  typing = false;

  // Drain: the typists stopped (a loop ends within its current sleep), every typist's ops acknowledged, then per
  // document a fresh subscriber and every replica at its version.
  const drainStart = performance.now();
  await Promise.race([Promise.all([...loops, ...typists.map((t) => nothingPending(t.doc))]), sleep(30000)]);
  await sleep(200);
  const fresh = await connect(port);
  const freshDocs = new Map();
  await Promise.race([
    Promise.all(docIds.map(async (id) => {
      const doc = fresh.get(COLLECTION, id);
      await subscribe(doc);
      freshDocs.set(id, doc);
    })),
    sleep(30000),
  ]);
  const deadline = performance.now() + 30000;
  const behind = () => participants.some((p) => { const f = freshDocs.get(p.id); return !f || p.doc.version < f.version; });
  while (performance.now() < deadline && behind()) await sleep(20);
  const drainMs = performance.now() - drainStart;
  const differingReplicas = participants.filter((p) => freshDocs.get(p.id)?.data !== p.doc.data);
  const differingDocs = new Set(differingReplicas.map((p) => p.id));
  const missingDocs = docIds.filter((id) => !freshDocs.has(id)).length;
  let finalRevision = 0;
  let finalLength = 0;
  for (const doc of freshDocs.values()) { finalRevision += doc.version; finalLength += doc.data.length; }

  clearInterval(sampler);
  const memEnd = await requestMemory(child);
  peakServerRss = Math.max(peakServerRss, memEnd.peakRssBytes);

  for (const c of [...participants, { connection: fresh }, { connection: setup }]) c.connection.close();
  child.kill();

  const mb = (b) => Math.round((b / 1048576) * 10) / 10;
  const result = {
    system: 'sharedb',
    node: process.version,
    sharedb: sharedbVersion(),
    docs: docsCount,
    participantsPerDoc: PARTICIPANTS,
    typistsPerDoc: TYPISTS,
    viewersPerDoc: PARTICIPANTS - TYPISTS,
    connectionsAsked: plan.length,
    connectionsOpen: participants.length,
    typists: typists.length,
    connectAtOnce,
    connectMs: Math.round(connectMs),
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
    finalRevision, // summed over the documents
    finalLength, // summed over the documents
    drainMs: Math.round(drainMs),
    converged: differingReplicas.length === 0 && missingDocs === 0 && participants.length === plan.length,
    replicasDiffering: differingReplicas.length,
    docsDiffering: differingDocs.size,
    errors: errors.slice(0, 5),
    errorCount: errors.length,
    storage: 'ShareDB in-memory database (no durable write per op)',
  };
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  process.exit(0);
}

runBounded('sharedb-board-day', runLoad);
