/*
 * A trainee's quiz page: every few seconds, ask where the session is and reload when the trainer
 * moves to another scenario, reveals the answer or closes the session. Without this script,
 * "Check for the next scenario" does the same.
 */
(function () {
  'use strict';

  var EVERY_MS = 3000;
  var page = document.getElementById('quiz-session');
  if (!page || !window.fetch) {
    return;
  }
  var shown = {
    item: page.getAttribute('data-item'),
    revealed: page.getAttribute('data-revealed'),
    closed: page.getAttribute('data-closed')
  };
  if (shown.closed === 'true') {
    return;
  }

  function check() {
    if (document.hidden) {
      return;
    }
    fetch(page.getAttribute('data-state-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (state) {
        if (state && (String(state.item) !== shown.item || String(state.revealed) !== shown.revealed
            || String(state.closed) !== shown.closed)) {
          window.location.assign(page.getAttribute('data-page-url'));
        }
      })
      .catch(function () {
        /* Try again next time. */
      });
  }

  window.setInterval(check, EVERY_MS);
}());
