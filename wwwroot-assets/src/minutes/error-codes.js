// The codes of refused hub calls: the twin of BoardRoom.App.Features.Minutes.HubErrorCodes (a test keeps the two
// equal). A refusal's message is `code: explanation`; the client acts on the code, never on the explanation's words.
export const HubErrorCodes = Object.freeze({
  Forbidden: 'forbidden',
  NotFound: 'not-found',
  NotJoined: 'not-joined',
  ReadOnly: 'read-only',
  Locked: 'locked',
  Withdrawn: 'withdrawn',
  Malformed: 'malformed',
  Rejected: 'rejected',
  BadRevision: 'bad-revision',
  TooLarge: 'too-large',
  RateLimited: 'rate-limited',
  Busy: 'busy',
  ConflictingResend: 'conflicting-resend',
  ClientIdTaken: 'client-id-taken',
});

const known = new Set(Object.values(HubErrorCodes));

/** The explanation of a hub error, without SignalR's prefix (in Development: "… on the server. HubException: "). */
export function errorText(error) {
  return String(error?.message ?? error ?? '').replace(/^.*HubException: /s, '');
}

/** The protocol code of a refused hub call, or null when the error is not a refusal (a dropped connection, a bug). */
export function errorCode(error) {
  const match = /^([a-z-]+):/.exec(errorText(error));
  return match && known.has(match[1]) ? match[1] : null;
}
