/*
 * The trainer's quiz screen: while voting is open, fetch the tally every few seconds and swap it
 * in, so the chart grows as votes arrive. The tally is server-rendered HTML (escaped by the
 * template), the same fragment the page was drawn with. Without this script, "Refresh the votes"
 * reloads the page.
 */
(function () {
  'use strict';

  var EVERY_MS = 2000;
  var tally = document.getElementById('tally');
  if (!tally || tally.getAttribute('data-live') !== 'true' || !window.fetch || !window.DOMParser) {
    return;
  }
  var url = tally.getAttribute('data-tally-url');

  function refresh() {
    if (document.hidden) {
      return;
    }
    fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('Tally answered ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('tally');
        if (fresh) {
          tally.replaceChildren.apply(tally, Array.prototype.slice.call(fresh.childNodes).map(function (node) {
            return document.importNode(node, true);
          }));
        }
      })
      .catch(function () {
        /* Keep the last tally on screen; the next refresh may work. */
      });
  }

  window.setInterval(refresh, EVERY_MS);
}());
