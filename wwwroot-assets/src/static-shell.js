// The app shell on a page the server renders without a Blazor circuit (the minutes page): the navigation drawer's
// menu button opens and closes it on a phone, and Escape closes it, as MudBlazor's own drawer does on circuit pages.
export function wireStaticShell(root) {
  for (const shell of root.querySelectorAll('.br-static-shell')) {
    const toggle = shell.querySelector('[data-nav-toggle]');
    if (!toggle) continue;
    const setOpen = (open) => {
      shell.classList.toggle('br-nav-open', open);
      toggle.setAttribute('aria-expanded', String(open));
    };
    toggle.addEventListener('click', () => {
      const open = !shell.classList.contains('br-nav-open');
      setOpen(open);
      if (open) shell.querySelector('#br-nav-drawer a')?.focus();
    });
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && shell.classList.contains('br-nav-open')) {
        setOpen(false);
        toggle.focus();
      }
    });
  }
}
