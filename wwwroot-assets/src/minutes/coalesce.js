// Coalesces a stream of values into at most one call per `intervalMs`: the first goes at once, later ones wait, and
// the latest value is always delivered when the interval is up (trailing). Cursor updates go through this, so normal
// typing (a caret move per keystroke) stays well inside the hub's presence limit.
export function coalesce(send, intervalMs) {
  let last = -Infinity;
  let timer = null;
  let pending;
  const flush = () => {
    timer = null;
    last = Date.now();
    const value = pending;
    pending = undefined;
    send(value);
  };
  const push = (value) => {
    pending = value;
    if (timer !== null) return;
    const wait = last + intervalMs - Date.now();
    if (wait <= 0) flush();
    else timer = setTimeout(flush, wait);
  };
  push.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = undefined;
  };
  return push;
}
