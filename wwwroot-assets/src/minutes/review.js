// What the review panels (comments, suggestions) share: building their DOM, saying when, posting to the server, and
// placing ranges the server gave at its head revision onto the local text.

/** An element with properties, data-* entries and children. */
export function element(tag, { dataset = {}, ...props } = {}, ...children) {
  // dataset is read-only on elements: its entries are set one by one.
  const node = Object.assign(document.createElement(tag), props);
  for (const [key, value] of Object.entries(dataset)) node.dataset[key] = value;
  node.append(...children);
  return node;
}

export const when = (iso) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** Posts JSON with the page's antiforgery token: null when stored, else the message to show. */
export async function postJson(url, body, token) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', RequestVerificationToken: token },
      body: JSON.stringify(body ?? {}),
    });
    if (response.ok) return null;
    const problem = await response.json().catch(() => null);
    return problem?.detail ?? `Not saved (${response.status}).`;
  } catch {
    return 'Not saved: you are offline. Try again when the connection is back.';
  }
}

/**
 * A range ({ from, to, ... }) through a CodeMirror change, by the server's rule (TextAnchor.Through): text typed at
 * either edge stays outside it, text typed inside joins it; a point (from = to) stays after text typed at it.
 */
export function mapRange(range, changes) {
  const from = changes.mapPos(range.from, 1);
  return { ...range, from, to: Math.max(from, changes.mapPos(range.to, -1)) };
}

/** Waits (at most 10 s) until none of this member's edits are pending: a range is then on the server's text. */
export async function whenSaved(editor) {
  for (let waited = 0; editor.hasPending && waited < 10000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !editor.hasPending && !!editor.client;
}

/**
 * Each item's range ({ id, start, end } at the server's `revision`) on the local text, by id; null while the editor
 * has not reached that revision, or when it is too old to map (the caller fetches again). Collapsed items map to null.
 */
export function placeRanges(client, revision, items, isGone = () => false) {
  if (!client || revision > client.revision) return { ready: false };
  const placed = new Map();
  for (const item of items) {
    if (isGone(item)) {
      placed.set(item.id, null);
      continue;
    }
    const range = client.mapServerRange(revision, item.start, item.end);
    if (range === null) return { ready: true, stale: true };
    placed.set(item.id, range);
  }
  return { ready: true, placed };
}
