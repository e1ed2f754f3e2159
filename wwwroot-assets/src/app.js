// Entry point of BoardRoom's front end. Pages import what they need from here through the bundle
// at /dist/app.js; styles imported here are emitted to /dist/app.css.
import '../styles/app.css';
import '../styles/planning.css';

/** Formats a UTC ISO instant in the viewer's locale, for elements marked data-local-time. */
export function localiseTimes(root = document) {
  for (const el of root.querySelectorAll('time[data-local-time]')) {
    const when = new Date(el.getAttribute('datetime'));
    if (!Number.isNaN(when.getTime())) {
      el.title = when.toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' });
    }
  }
}

window.boardroom = Object.assign(window.boardroom ?? {}, { localiseTimes });
