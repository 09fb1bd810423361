// The result page: the highlighted draft and the findings stay in step. Selecting a
// passage moves focus to its finding; "Show in the draft" moves focus to the finding's
// passage; both mark the pair and tell screen-reader users what happened. Without
// script the same links jump there by address.

export function startResult (page) {
  const announcer = page.getElementById('announcer');
  if (announcer) {
    for (const passage of page.querySelectorAll('.app-highlight')) {
      passage.addEventListener('click', (event) => {
        event.preventDefault();
        const card = page.getElementById(`finding-${passage.dataset.findings.split(' ')[0]}`);
        select(page, card);
        card.focus();
        announce(announcer, `Showing finding ${number(card)}: ${title(card)}, ${severity(card)}.`);
      });
    }
    for (const link of page.querySelectorAll('.app-finding__show')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const card = link.closest('.app-finding');
        const passage = page.getElementById(link.hash.slice(1));
        select(page, card);
        passage.focus();
        announce(announcer, `Finding ${number(card)}, ${title(card)}, is highlighted in your draft.`);
      });
    }
  }
  startCopyButton(page);
}

function select (page, card) {
  for (const active of page.querySelectorAll('.app-finding--active, .app-highlight--active')) {
    active.classList.remove('app-finding--active', 'app-highlight--active');
  }
  card.classList.add('app-finding--active');
  for (const id of card.dataset.passages.split(' ').filter(Boolean)) {
    page.getElementById(id).classList.add('app-highlight--active');
  }
}

function number (card) {
  return card.id.replace('finding-', '');
}

function title (card) {
  return card.querySelector('.app-finding__title').textContent.trim();
}

function severity (card) {
  return card.querySelector('.nhsuk-tag').textContent.trim().toLowerCase();
}

function announce (announcer, message) {
  // Cleared first, so the same message is read again when it is repeated.
  announcer.textContent = '';
  setTimeout(() => { announcer.textContent = message; }, 100);
}

function startCopyButton (page) {
  const button = page.querySelector('[data-copy-from]');
  if (!button) {
    return;
  }
  const source = page.getElementById(button.dataset.copyFrom);
  const status = button.parentElement.querySelector('.app-copy__status');
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent);
      status.textContent = 'Safer version copied. Read it through before you post it.';
    } catch {
      getSelection().selectAllChildren(source);
      status.textContent = 'Your browser did not let us copy it, so we have selected it: copy it from your keyboard or menu.';
    }
  });
}
