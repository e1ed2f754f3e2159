// Entry point of BoardRoom's front end for every page: its styles, emitted to /dist/app.css.
// The minutes editor is a separate bundle (src/minutes.js), loaded only by the minutes page.
import '../styles/app.css';
import '../styles/planning.css';
import '../styles/forum.css';
import '../styles/diff.css';
import '../styles/search.css';
import './passkeys.js';
import { wireStaticShell } from './static-shell.js';

wireStaticShell(document);
