// Live feedback on the check page: while the doctor types, the draft is previewed through
// the JSON API (POST /api/v1/previews, which keeps nothing), its risky passages are
// highlighted in place, and the findings are listed, most serious first.
import { DraftHighlighter } from './draft-highlighter.js';
import { onPause } from './text.js';

const PAUSE_MS = 400;
const MAX_LENGTH = 20000;

// The same words and NHS.UK tag colours as the result page (ResultPage.tagColour).
const SEVERITIES = {
  HIGH: { label: 'High risk', colour: 'red', rank: 3 },
  MEDIUM: { label: 'Medium risk', colour: 'orange', rank: 2 },
  LOW: { label: 'Low risk', colour: 'yellow', rank: 1 }
};
const RISK_LEVELS = {
  NONE: { label: 'None found', colour: 'green' },
  LOW: { label: 'Low', colour: 'yellow' },
  MEDIUM: { label: 'Medium', colour: 'orange' },
  HIGH: { label: 'High', colour: 'red' }
};

export function startLiveFeedback (form, panel) {
  const textarea = form.elements.text;
  const summary = panel.querySelector('#live-summary');
  const list = panel.querySelector('#live-findings');
  const highlighter = new DraftHighlighter(textarea);
  let inFlight = null;

  const context = () => ({
    platform: form.elements.platform.selectedOptions[0].dataset.code,
    audience: form.querySelector('input[name="audience"]:checked')?.dataset.code ?? 'public',
    namedAccount: form.querySelector('input[name="namedAccount"]:checked')?.value !== 'false'
  });

  const say = (message) => {
    if (summary.textContent !== message) {
      summary.textContent = message;
    }
  };

  const preview = async () => {
    const text = textarea.value;
    inFlight?.abort();
    if (text.trim() === '') {
      list.replaceChildren();
      say('We will show anything that could be a risk as you type.');
      return;
    }
    if (text.length > MAX_LENGTH) {
      list.replaceChildren();
      say('Your draft is too long for us to check as you type. Shorten it, or check it in parts.');
      return;
    }
    inFlight = new AbortController();
    try {
      const response = await fetch(panel.dataset.previewUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ text, context: context() }),
        signal: inFlight.signal
      });
      if (!response.ok) {
        throw new Error(`Preview answered ${response.status}`);
      }
      const result = await response.json();
      if (textarea.value === text) {
        show(result, text);
      }
    } catch (error) {
      if (error.name !== 'AbortError') {
        list.replaceChildren();
        say('We cannot show feedback as you type at the moment. You can still check your draft.');
      }
    }
  };

  const show = (result, text) => {
    const findings = [...result.findings].sort((a, b) =>
      SEVERITIES[b.severity].rank - SEVERITIES[a.severity].rank || a.start - b.start);
    highlighter.show(text, findings.flatMap((finding) => finding.evidence));
    list.replaceChildren(...findings.map((finding) => findingItem(finding, textarea)));
    const level = RISK_LEVELS[result.riskLevel];
    summary.replaceChildren('Risk so far: ', tag(level.label, level.colour),
      findings.length === 0
        ? ' We have found nothing that goes against the guidance.'
        : ` ${findings.length} ${findings.length === 1 ? 'thing' : 'things'} to look at, most serious first.`);
  };

  // A page may ask for a shorter pause (the trainers' live demo answers within half a second).
  const schedule = onPause(Number(panel.dataset.pauseMs) || PAUSE_MS, preview);
  textarea.addEventListener('input', () => {
    highlighter.show(textarea.value, []);
    schedule();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== textarea) {
      schedule();
    }
  });
  panel.hidden = false;
  if (textarea.value.trim() !== '') {
    highlighter.show(textarea.value, []);
    preview();
  }
}

function findingItem (finding, textarea) {
  const severity = SEVERITIES[finding.severity];
  const item = element('li', 'app-live__finding');

  const select = element('button', 'app-link-button', finding.title);
  select.type = 'button';
  select.append(element('span', 'nhsuk-u-visually-hidden', ': select it in your draft'));
  select.addEventListener('click', () => {
    textarea.focus();
    textarea.setSelectionRange(finding.start, finding.end);
  });

  const tags = [tag(severity.label, severity.colour)];
  if (finding.origin === 'MODEL') {
    tags.push(' ', tag('Found by a model, not a rule', 'grey'));
  }
  item.append(
    paragraph(...tags, ' ', select),
    paragraph('Flagged: ', element('q', null, finding.excerpt)),
    paragraph(finding.message));
  // The first point of guidance; the result page lists them all.
  const [point] = finding.guidance;
  if (point) {
    const link = element('a', null, `${point.body}, ${point.document}, ${point.reference}`);
    link.href = point.url;
    link.rel = 'noreferrer';
    item.append(paragraph('Guidance: ', link));
  }
  return item;
}

function tag (text, colour) {
  return element('strong', `nhsuk-tag nhsuk-tag--${colour}`, text);
}

function paragraph (...children) {
  const p = element('p', 'nhsuk-body-s');
  p.append(...children);
  return p;
}

/** An element holding `text` as text, never as markup. */
function element (name, className, text) {
  const node = document.createElement(name);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}
