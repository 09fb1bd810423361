/*
 * The live demo: as the trainer types, ask POST /api/v1/previews (which stores nothing) for the
 * findings, at most once per pause in typing, and redraw them. Everything is built with
 * textContent, never as markup, so a draft containing HTML is shown as text. Without this
 * script the form posts and the page comes back with the findings.
 */
(function () {
  'use strict';

  var form = document.getElementById('demo-form');
  var result = document.getElementById('demo-result');
  var status = document.getElementById('demo-status');
  if (!form || !result || !status || !window.fetch || !window.AbortController) {
    return;
  }
  var PAUSE_MS = 250;
  var MAX_LENGTH = 20000;
  var RISK_LABELS = { NONE: 'None found', LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };
  var SEVERITY_ORDER = { HIGH: 0, MEDIUM: 1, LOW: 2 };
  var categories = {};
  document.querySelectorAll('#demo-categories [data-code]').forEach(function (item) {
    categories[item.getAttribute('data-code')] = item.textContent;
  });
  var timer = null;
  var inFlight = null;

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function titleOf(category) {
    return categories[category] || category;
  }

  function summary(preview, findings) {
    if (preview.riskLevel === 'NONE') {
      return 'We found nothing in this draft that goes against the guidance.';
    }
    var first = findings[0];
    var level = preview.riskLevel.charAt(0) + preview.riskLevel.slice(1).toLowerCase() + ' risk';
    return level + ': ' + findings.length + (findings.length === 1 ? ' thing' : ' things')
      + ' to look at before you post, starting with ' + titleOf(first.category).toLowerCase() + '.';
  }

  /* The draft cut at every edge of every flagged passage, each piece with the findings that flag it. */
  function passages(text, findings) {
    var cuts = [0, text.length];
    findings.forEach(function (finding) {
      finding.evidence.forEach(function (span) {
        cuts.push(Math.min(span.start, text.length), Math.min(span.end, text.length));
      });
    });
    cuts = cuts.filter(function (cut, index) { return cuts.indexOf(cut) === index; }).sort(function (a, b) { return a - b; });
    var pieces = [];
    for (var i = 1; i < cuts.length; i++) {
      var from = cuts[i - 1];
      var to = cuts[i];
      var numbers = [];
      findings.forEach(function (finding, index) {
        finding.evidence.forEach(function (span) {
          if (span.start <= from && to <= span.end && numbers.indexOf(index + 1) < 0) {
            numbers.push(index + 1);
          }
        });
      });
      pieces.push({ text: text.slice(from, to), numbers: numbers });
    }
    return pieces;
  }

  function draft(text, findings) {
    var box = element('div', 'app-draft');
    passages(text, findings).forEach(function (piece) {
      if (piece.numbers.length === 0) {
        box.appendChild(document.createTextNode(piece.text));
        return;
      }
      var mark = element('mark', 'app-highlight', piece.text);
      mark.setAttribute('data-findings', piece.numbers.join(' '));
      mark.appendChild(element('sup', 'app-highlight__number', piece.numbers.join(',')));
      mark.appendChild(element('span', 'nhsuk-u-visually-hidden', ' (finding ' + piece.numbers.join(', ') + ')'));
      box.appendChild(mark);
    });
    return box;
  }

  function card(finding) {
    var item = element('li', 'nhsuk-card app-finding');
    var content = element('div', 'nhsuk-card__content');
    var heading = element('h3', 'nhsuk-card__heading nhsuk-heading-s');
    heading.appendChild(element('span', 'app-finding__number', finding.number + '.'));
    heading.appendChild(document.createTextNode(' ' + finding.title));
    content.appendChild(heading);
    var tags = element('p');
    var severity = finding.severity.charAt(0) + finding.severity.slice(1).toLowerCase() + ' risk';
    tags.appendChild(element('strong', 'nhsuk-tag app-tag--' + finding.severity.toLowerCase(), severity));
    tags.appendChild(element('span', 'app-finding__category', titleOf(finding.category)));
    content.appendChild(tags);
    var excerpt = element('p', 'app-finding__excerpt', 'Flagged: ');
    excerpt.appendChild(element('q', null, finding.excerpt));
    content.appendChild(excerpt);
    content.appendChild(element('p', null, finding.message));
    if (finding.suggestion) {
      var suggestion = element('p', 'app-suggestion');
      suggestion.appendChild(element('strong', null, 'What to do instead:'));
      suggestion.appendChild(document.createTextNode(' ' + finding.suggestion));
      content.appendChild(suggestion);
    }
    var details = element('details', 'nhsuk-details');
    var summaryLine = element('summary', 'nhsuk-details__summary');
    summaryLine.appendChild(element('span', 'nhsuk-details__summary-text', 'The guidance this rests on'));
    details.appendChild(summaryLine);
    var list = element('ul', 'nhsuk-list');
    finding.guidance.forEach(function (point) {
      var entry = element('li');
      var link = element('a', null, point.body + ', ' + point.document + ', ' + point.reference);
      link.href = point.url;
      link.rel = 'noreferrer noopener';
      entry.appendChild(link);
      list.appendChild(entry);
    });
    var text = element('div', 'nhsuk-details__text');
    text.appendChild(list);
    details.appendChild(text);
    content.appendChild(details);
    item.appendChild(content);
    return item;
  }

  function render(text, preview) {
    var findings = preview.findings.map(function (finding, index) {
      return Object.assign({ number: index + 1 }, finding);
    });
    var bySeverity = findings.slice().sort(function (a, b) {
      return (SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) || (a.number - b.number);
    });
    var risk = element('p', 'app-risk-line', 'Overall risk: ');
    risk.appendChild(element('strong', 'nhsuk-tag app-tag--' + preview.riskLevel.toLowerCase(), RISK_LABELS[preview.riskLevel]));
    var said = element('p', null, summary(preview, bySeverity));
    var nodes = [draft(text, findings), risk, said];
    if (bySeverity.length > 0) {
      var list = element('ol', 'app-findings');
      list.setAttribute('role', 'list');
      bySeverity.forEach(function (finding) { list.appendChild(card(finding)); });
      nodes.push(list);
    }
    result.replaceChildren.apply(result, nodes);
    status.textContent = risk.textContent + '. ' + said.textContent;
  }

  function say(message) {
    result.replaceChildren(element('p', 'app-demo__empty', message));
    status.textContent = message;
  }

  function checked(name) {
    return form.querySelector('input[name="' + name + '"]:checked');
  }

  function ask() {
    var text = form.elements.text.value;
    if (inFlight) {
      inFlight.abort();
      inFlight = null;
    }
    if (text.trim() === '') {
      say('Type a draft to see what the checker finds.');
      return;
    }
    if (text.length > MAX_LENGTH) {
      say('The checker takes up to 20,000 characters: shorten the draft.');
      return;
    }
    var platform = form.elements.platform;
    var audience = checked('audience');
    var named = checked('namedAccount');
    var request = {
      text: text,
      context: {
        platform: platform.options[platform.selectedIndex].getAttribute('data-code'),
        audience: audience ? audience.getAttribute('data-code') : 'public',
        namedAccount: named ? named.value === 'true' : true
      }
    };
    var controller = new AbortController();
    inFlight = controller;
    result.setAttribute('aria-busy', 'true');
    fetch(form.getAttribute('data-preview-url'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(request),
      credentials: 'omit',
      signal: controller.signal
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('The checker answered ' + response.status);
      }
      return response.json();
    }).then(function (preview) {
      if (inFlight === controller) {
        render(text, preview);
      }
    }).catch(function (error) {
      if (error.name !== 'AbortError') {
        say('The live check is not responding. Use the Check button instead.');
      }
    }).finally(function () {
      if (inFlight === controller) {
        inFlight = null;
        result.removeAttribute('aria-busy');
      }
    });
  }

  function soon() {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, PAUSE_MS);
  }

  form.addEventListener('input', soon);
  form.addEventListener('change', soon);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    ask();
  });
}());
