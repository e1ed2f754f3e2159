// The browser's error codes are the server's: the same names and values as HubErrorCodes.cs, and read from the code
// at the start of a refusal, never from its wording.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HubErrorCodes, errorCode, errorText } from '../src/minutes/error-codes.js';

test('the JavaScript constants match BoardRoom.App.Features.Minutes.HubErrorCodes', () => {
  const source = readFileSync(new URL('../../BoardRoom.App/Features/Minutes/HubErrorCodes.cs', import.meta.url), 'utf8');
  const server = Object.fromEntries([...source.matchAll(/public const string (\w+) = "([^"]+)";/g)].map((m) => [m[1], m[2]]));
  assert.ok(Object.keys(server).length >= 10);
  assert.deepEqual({ ...HubErrorCodes }, server);
});

test('the code is read from the refusal, with or without SignalR\'s detailed-error prefix', () => {
  const detailed = new Error("An unexpected error occurred invoking 'Submit' on the server. HubException: rate-limited: Too many edits: slow down.");
  assert.equal(errorCode(detailed), HubErrorCodes.RateLimited);
  assert.equal(errorText(detailed), 'rate-limited: Too many edits: slow down.');
  assert.equal(errorCode(new Error('client-id-taken: That ClientId is someone else\'s.')), HubErrorCodes.ClientIdTaken);
  // A message that merely mentions a code is not that refusal.
  assert.equal(errorCode(new Error('Invocation canceled: the server was busy (rate-limited: no).')), null);
  assert.equal(errorCode(new Error('WebSocket closed with status code: 1006.')), null);
});
