// Progressive enhancement: every page works without this script; with it, the NHS.UK
// components come alive, the check page gives feedback while the doctor types, and the
// result page keeps the highlighted draft and the findings in step.
import { initAll } from '../nhsuk/nhsuk-frontend.min.js';
import { startCharacterCount } from './character-count.js';
import { startLiveFeedback } from './live-feedback.js';
import { startResult } from './result.js';

initAll();

const draft = document.querySelector('textarea#text');
const platform = document.querySelector('select#platform');
if (draft && platform) {
  startCharacterCount(draft, platform, document.getElementById('text-count'));
  startLiveFeedback(draft.form, document.getElementById('live-feedback'));
}

startResult(document);
