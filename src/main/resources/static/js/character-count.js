// Counts the draft against the chosen platform's limit. The NHS.UK character count
// component takes one fixed limit; here the limit follows the platform chosen, so this
// small counter borrows the component's look instead.
import { formatNumber, onPause } from './text.js';

const ANNOUNCE_AFTER_MS = 1000;

export function startCharacterCount (textarea, platformSelect, message) {
  const status = document.createElement('div');
  status.className = 'nhsuk-hint app-character-count__status';
  status.setAttribute('aria-hidden', 'true');
  const announcement = document.createElement('div');
  announcement.className = 'nhsuk-u-visually-hidden';
  announcement.setAttribute('aria-live', 'polite');
  message.after(status, announcement);
  message.classList.add('nhsuk-u-visually-hidden');

  const update = () => {
    const option = platformSelect.selectedOptions[0];
    const limit = Number(option.dataset.limit);
    const platform = option.textContent.trim();
    const remaining = limit - Array.from(textarea.value).length;
    message.textContent = `${platform} allows up to ${formatNumber(limit)} characters.`;
    status.textContent = remaining >= 0
      ? `You have ${formatNumber(remaining)} ${remaining === 1 ? 'character' : 'characters'} remaining for ${platform}`
      : `You have ${formatNumber(-remaining)} ${remaining === -1 ? 'character' : 'characters'} too many for ${platform}`;
    status.classList.toggle('app-character-count--over', remaining < 0);
  };
  const announce = onPause(ANNOUNCE_AFTER_MS, () => { announcement.textContent = status.textContent; });

  textarea.addEventListener('input', () => { update(); announce(); });
  platformSelect.addEventListener('change', () => { update(); announce(); });
  update();
}
