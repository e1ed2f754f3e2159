// Entry point of the minutes page's editor (bundled separately: only that page loads CodeMirror and SignalR).
import '../styles/minutes.css';
import { mountMinutes } from './minutes/session.js';

const session = mountMinutes(document);
// Exposed for diagnostics and for browser tests that assert on the replica (read-only use).
window.boardroomMinutes = session;
