/*
 * Presenter mode: move through a scenario's steps with the keyboard (→, space or Page Down for
 * next; ←, or Page Up for previous; Home and End), a presentation clicker or the links. Every
 * step is already in the page, so this only shows and hides: no request is made, and a
 * presentation keeps running if the network drops. Without this script the links load each step.
 */
(function () {
  'use strict';

  var root = document.getElementById('presenter');
  if (!root) {
    return;
  }
  var last = Number(root.getAttribute('data-last-step'));
  var step = Number(root.getAttribute('data-step'));
  var panels = root.querySelectorAll('[data-step-panel]');
  var passages = root.querySelectorAll('[data-findings]');
  var status = document.getElementById('presenter-status');
  var previous = root.querySelector('[data-nav="previous"]');
  var next = root.querySelector('[data-nav="next"]');

  function address(n) {
    var url = new URL(window.location.href);
    url.searchParams.set('step', String(n));
    return url.pathname + url.search;
  }

  function show(n) {
    step = Math.max(0, Math.min(last, n));
    root.setAttribute('data-step', String(step));
    var label = '';
    panels.forEach(function (panel) {
      var current = Number(panel.getAttribute('data-step-panel')) === step;
      panel.hidden = !current;
      if (current) {
        label = panel.getAttribute('data-label');
      }
    });
    passages.forEach(function (passage) {
      var numbers = passage.getAttribute('data-findings').split(' ').map(Number);
      var isCurrent = numbers.indexOf(step) >= 0;
      passage.classList.toggle('is-current', isCurrent);
      passage.classList.toggle('is-revealed', !isCurrent && numbers.some(function (number) { return number < step; }));
    });
    status.textContent = 'Step ' + (step + 1) + ' of ' + (last + 1) + ': ' + label;
    previous.href = address(Math.max(0, step - 1));
    next.href = address(Math.min(last, step + 1));
    window.history.replaceState(null, '', address(step));
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target.closest('input, textarea, select')) {
      return;
    }
    var target = null;
    if (event.key === 'ArrowRight' || event.key === ' ' || event.key === 'PageDown') {
      target = step + 1;
    } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
      target = step - 1;
    } else if (event.key === 'Home') {
      target = 0;
    } else if (event.key === 'End') {
      target = last;
    }
    if (target !== null) {
      event.preventDefault();
      show(target);
    }
  });

  [previous, next].forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      show(step + (link === next ? 1 : -1));
    });
  });

  show(step);
}());
