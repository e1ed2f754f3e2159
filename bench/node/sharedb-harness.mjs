// What the ShareDB halves of the benchmarks share (sharedb-load.mjs for hub-load, sharedb-board-day.mjs for
// board-day): the ShareDB server with the text-unicode type over WebSockets on 127.0.0.1, run as a child process of
// the load script (`startServer`), its memory and CPU probe, the clients' connect and subscribe, a random keystroke
// as an op, percentiles, and the time limit that stops a run and its server by themselves (`runBounded`).
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ShareDB from 'sharedb';
import ShareDBClient from 'sharedb/lib/client/index.js';
import WebSocketJSONStream from '@teamwork/websocket-json-stream';
import { WebSocket, WebSocketServer } from 'ws';
import * as textUnicode from 'ot-text-unicode';

export const type = textUnicode.type;
ShareDB.types.register(type);

export const COLLECTION = 'minutes';

export function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && at + 1 < process.argv.length ? Number(process.argv[at + 1]) : fallback;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const randomInt = (n) => Math.floor(Math.random() * n); // 0 … n-1

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

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--server')) {
  runServer();
}

// ---------------------------------------------------------------------------------------------- load (parent)
let serverChild = null; // killed by runBounded's time limit too

/** Starts the server in a child process; resolves with the child and the port it listens on. */
export async function startServer() {
  const child = fork(fileURLToPath(import.meta.url), ['--server'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  serverChild = child;
  const port = await new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { child, port };
}

export async function requestMemory(child) {
  return new Promise((resolve) => {
    const onMessage = (m) => { if (m.memory) { child.off('message', onMessage); resolve(m.memory); } };
    child.on('message', onMessage);
    child.send('memory');
  });
}

export function connect(port) {
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

export function subscribe(doc) {
  return new Promise((resolve, reject) => doc.subscribe((err) => (err ? reject(err) : resolve())));
}

export function nothingPending(doc) {
  return new Promise((resolve) => doc.whenNothingPending(resolve));
}

/** Creates the document as a short paragraph, as a section would be after a few minutes of a meeting. */
export function createSection(connection, id) {
  const doc = connection.get(COLLECTION, id);
  return new Promise((resolve, reject) => doc.create('Minutes of the item. ', type.uri, (e) => (e ? reject(e) : resolve())));
}

/** One keystroke on `text` as a text-unicode op: a small random insert, or a delete of 1-3 characters (ASCII only). */
const letters = 'abcdefghijklmnopqrstuvwxyz ';
const randomText = (n) => Array.from({ length: n }, () => letters[randomInt(letters.length)]).join('');
export function randomOp(text) {
  const length = text.length; // ASCII only: code points = UTF-16 units
  if (length > 400 || (length > 20 && Math.random() < 0.3)) {
    const n = 1 + randomInt(3);
    return [randomInt(length - n), { d: n }];
  }
  return [randomInt(length + 1), randomText(1 + randomInt(4))];
}

export function percentiles(values) {
  if (values.length === 0) return { count: 0, p50: null, p95: null, p99: null, max: null };
  const s = Float64Array.from(values).sort();
  const at = (p) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  const r = (x) => Math.round(x * 100) / 100;
  return { count: s.length, p50: r(at(50)), p95: r(at(95)), p99: r(at(99)), max: r(s[s.length - 1]) };
}

export const sharedbVersion = () => JSON.parse(readFileSync(new URL('./node_modules/sharedb/package.json', import.meta.url))).version;

/** Runs `load`, giving up (and killing the server) after the run's own time plus 3 minutes. */
export function runBounded(name, load) {
  const guard = setTimeout(() => { console.error(`${name}: gave up after its time limit`); serverChild?.kill(); process.exit(3); },
    (option('seconds', 30) + option('warmup', 5) + 180) * 1000);
  guard.unref();
  load().catch((e) => { console.error(e); serverChild?.kill(); process.exit(1); });
}
