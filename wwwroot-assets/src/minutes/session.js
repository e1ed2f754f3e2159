// The page's live-minutes session: one SignalR connection shared by every section editor on the page. It keeps
// typing safe through outages: edits stay in the editors' OT clients while offline, and on reconnect each section
// rejoins from its revision and re-sends what the server had not acknowledged (applied exactly once).
import * as signalR from '@microsoft/signalr';
import { CaptureForms } from './capture.js';
import { HubErrorCodes, errorCode, errorText } from './error-codes.js';
import { SectionEditor } from './section-editor.js';

const Status = Object.freeze({ Saved: 'Saved', Saving: 'Saving…', Offline: 'Offline (changes kept)', Connecting: 'Connecting…' });

function randomId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class MinutesSession {
  constructor(root) {
    this.root = root;
    this.hubUrl = root.dataset.hubUrl ?? '/hubs/minutes';
    this.previewUrl = root.dataset.previewUrl ?? '/api/minutes/preview';
    this.tabId = randomId();
    this.renewedClientIds = new Map();
    this.editors = new Map();
    this.online = navigator.onLine !== false;
    this.status = Status.Connecting;
    this.everConnected = false;
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl(this.hubUrl)
      // Keep trying for as long as the page is open: a minutes-taker may be offline for a while.
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(500 * 2 ** ctx.previousRetryCount, 5000) })
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    this.connection.serverTimeoutInMilliseconds = 15000;
    this.connection.keepAliveIntervalInMilliseconds = 5000;

    this.connection.on('Joined', (m) => this.editors.get(m.sectionId)?.joined(m));
    this.connection.on('OperationApplied', (m) => this.editors.get(m.sectionId)?.operationApplied(m));
    this.connection.on('OperationsApplied', (m) => this.editors.get(m.sectionId)?.operationsApplied(m.operations));
    this.connection.on('Acknowledged', (m) => this.editors.get(m.sectionId)?.acknowledged(m));
    this.connection.on('PresenceChanged', (m) => this.editors.get(m.sectionId)?.presenceChanged(m.participant));
    this.connection.on('PresenceLeft', (m) => this.editors.get(m.sectionId)?.presenceLeft(m.participantId));
    this.connection.on('AccessRevoked', (m) => this.editors.get(m.sectionId)?.revoked(m));
    this.connection.on('Head', (m) => this.editors.get(m.sectionId)?.headSeen(m.revision));
    this.connection.on('CommentsChanged', (m) => this.editors.get(m.sectionId)?.comments.refresh());
    this.connection.on('SuggestionsChanged', (m) => this.editors.get(m.sectionId)?.suggestions.refresh());
    this.connection.onreconnecting(() => this.refreshStatus());
    this.connection.onreconnected(() => this.joinAll());
    this.connection.onclose(() => {
      this.refreshStatus();
      if (this.online) setTimeout(() => this.connect(), 1000);
    });

    const capture = new CaptureForms(root);
    for (const element of root.querySelectorAll('[data-section-id]')) {
      const editor = new SectionEditor(element, element.dataset.sectionId, this);
      capture.bind(editor);
      this.editors.set(element.dataset.sectionId, editor);
    }
    window.addEventListener('offline', () => this.goOffline());
    window.addEventListener('online', () => this.goOnline());
    window.addEventListener('beforeunload', (e) => {
      if (this.hasUnsaved) {
        e.preventDefault();
        e.returnValue = 'Some of your minutes are not saved yet.';
      }
    });
  }

  /** Each section gets its own client id per tab: sequence numbers are per section. */
  clientId(sectionId) {
    return this.renewedClientIds.get(sectionId) ?? `${this.tabId}-${sectionId.slice(0, 8)}`;
  }

  /** A fresh random client id for a section, when the server says the current one is someone else's. */
  renewClientId(sectionId) {
    const id = `${randomId()}-${sectionId.slice(0, 8)}`;
    this.renewedClientIds.set(sectionId, id);
    return id;
  }

  get hasUnsaved() {
    return [...this.editors.values()].some((e) => e.hasPending);
  }

  async connect() {
    if (!this.online || this.connection.state !== signalR.HubConnectionState.Disconnected) return;
    try {
      await this.connection.start();
      await this.joinAll();
    } catch (error) {
      console.warn('Minutes connection failed; retrying.', error);
      this.refreshStatus();
      setTimeout(() => this.connect(), 2000);
    }
  }

  async joinAll() {
    await Promise.all([...this.editors].filter(([, editor]) => !editor.revokedAccess).map(([sectionId, editor]) => this.join(sectionId, editor)));
    this.refreshStatus();
  }

  /**
   * Joins (or rejoins from the editor's revision). With edits pending, a long catch-up comes in pages of operations
   * (the edits are rebased over them) rather than as the whole text: the editor asks for the next page itself.
   */
  async join(sectionId, editor) {
    try {
      await this.connection.invoke('JoinSection', {
        sectionId,
        knownRevision: editor.client ? editor.client.revision : null,
        pending: editor.hasPending,
      });
    } catch (error) {
      editor.joinFailed = true;
      this.showError(editor, error);
    }
  }

  submit(sectionId, submission) {
    if (!submission || this.connection.state !== signalR.HubConnectionState.Connected) return; // re-sent after the rejoin
    this.connection.invoke('Submit', {
      sectionId,
      clientId: submission.clientId,
      clientSeq: submission.clientSeq,
      baseRevision: submission.baseRevision,
      operation: submission.op.toJSON(),
    }).catch((error) => {
      const editor = this.editors.get(sectionId);
      const code = errorCode(error);
      if (code === HubErrorCodes.RateLimited || code === HubErrorCodes.Busy) {
        setTimeout(() => this.submit(sectionId, editor?.client?.pendingSubmission), 500);
      } else if (code === HubErrorCodes.ClientIdTaken && editor?.client) {
        // Nothing of ours was stored under that id: take a new one and send the same edit again.
        editor.client.clientId = this.renewClientId(sectionId);
        this.submit(sectionId, editor.client.pendingSubmission);
      } else if (this.connection.state === signalR.HubConnectionState.Connected) {
        this.showError(editor, error);
      }
    });
  }

  presence(sectionId, selection) {
    if (this.connection.state !== signalR.HubConnectionState.Connected) return;
    this.connection.invoke('UpdatePresence', { sectionId, ...selection }).catch(() => {});
  }

  async preview(editor, text) {
    const target = editor.element.querySelector('[data-preview]');
    if (!target) return;
    try {
      const response = await fetch(this.previewUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ markdown: text }),
      });
      if (response.ok && !response.redirected) {
        // Rendered on the server from the Markdown model: every character of the text is encoded, no raw HTML.
        target.innerHTML = await response.text();
      }
    } catch {
      // Offline: the preview waits; the text is safe in the editor.
    }
  }

  goOffline() {
    this.online = false;
    this.connection.stop();
    this.refreshStatus();
  }

  goOnline() {
    this.online = true;
    this.connect();
  }

  refreshStatus() {
    const allJoined = [...this.editors.values()].every((e) => e.client || e.joinFailed || e.revokedAccess);
    if (this.connection.state === signalR.HubConnectionState.Connected && (allJoined || this.everConnected)) {
      // "Saved" only once every section is open: before that, some editors are still read-only.
      this.everConnected = true;
      this.status = this.hasUnsaved ? Status.Saving : Status.Saved;
    } else if (this.connection.state === signalR.HubConnectionState.Connected) {
      this.status = Status.Connecting;
    } else {
      this.status = this.everConnected || !this.online ? Status.Offline : Status.Connecting;
    }
    const state = { [Status.Saved]: 'saved', [Status.Saving]: 'saving', [Status.Offline]: 'offline', [Status.Connecting]: 'connecting' }[this.status];
    for (const el of this.root.querySelectorAll('[data-save-status]')) {
      el.textContent = this.status;
      el.dataset.state = state;
    }
  }

  showError(editor, error) {
    const text = errorText(error);
    const banner = editor?.element.querySelector('[data-error]');
    if (banner) {
      banner.hidden = false;
      banner.textContent = text;
    }
    console.error(text);
  }
}

export function mountMinutes(root = document) {
  const page = root.querySelector('[data-minutes-page]');
  if (!page || page.minutesSession) return null;
  page.minutesSession = new MinutesSession(page);
  page.minutesSession.connect();
  return page.minutesSession;
}
