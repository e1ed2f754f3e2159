// Passkeys (WebAuthn) on the sign-in and account security pages. A button with data-passkey="create" or "request"
// inside a server-rendered form asks the app for the ceremony's options (with the form's antiforgery token), lets the
// browser make or use a passkey, then posts the form with the browser's answer in its hidden `<field>.CredentialJson`
// input (or why not in `<field>.Error`). No inline script: this is part of the page bundle.
const optionsPath = {
  create: '/account/passkeys/creation-options',
  request: '/account/passkeys/request-options',
};

export function passkeysSupported() {
  const credential = globalThis.PublicKeyCredential;
  return typeof credential?.parseCreationOptionsFromJSON === 'function'
    && typeof credential?.parseRequestOptionsFromJSON === 'function'
    && typeof navigator.credentials?.create === 'function';
}

async function ceremony(kind, token) {
  if (!passkeysSupported()) {
    throw new Error('This browser cannot use passkeys. Update it, or use your password.');
  }
  const response = await fetch(optionsPath[kind], {
    method: 'POST',
    credentials: 'same-origin',
    headers: { RequestVerificationToken: token },
  });
  if (!response.ok) throw new Error(`The server could not start the passkey step (${response.status}). Reload the page and try again.`);
  const json = await response.json();
  return kind === 'create'
    ? navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(json) })
    : navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(json) });
}

async function run(button) {
  const form = button.form;
  const field = button.dataset.passkeyField;
  const token = form.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  button.disabled = true;
  try {
    const credential = await ceremony(button.dataset.passkey, token);
    form.elements[`${field}.CredentialJson`].value = JSON.stringify(credential);
  } catch (error) {
    if (error?.name === 'AbortError') {
      button.disabled = false;
      return;
    }
    form.elements[`${field}.Error`].value = error?.name === 'NotAllowedError'
      ? 'No passkey was given: the request was cancelled or timed out.'
      : String(error?.message ?? error);
  }
  form.submit();
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-passkey]') : null;
  if (!button || !button.form) return;
  event.preventDefault();
  run(button);
});
