// Bundles the front end into BoardRoom.App/wwwroot/dist: app.js/css for every page, minutes.js/css for the
// minutes page only (CodeMirror and the SignalR client are large). The output folder is emptied first.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = new URL('../BoardRoom.App/wwwroot/dist/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['src/app.js', 'src/minutes.js'],
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: 'es2022',
  outdir,
  logLevel: 'warning',
});
