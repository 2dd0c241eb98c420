import { afterEach, beforeEach } from 'vitest';

// Each test starts from a clean browser state: no remembered language, no page language.
beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.removeAttribute('lang');
});

afterEach(() => {
  document.body.innerHTML = '';
});
