// Highlights passages of a text area's text in place. A text area cannot style parts of
// its text, so the same text is laid out on a backdrop behind it, in the same box and font,
// with the passages marked; the text area's own background is made transparent.
import { passages } from './text.js';

const COPIED_STYLES = [
  'fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent',
  'tabSize', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth'
];

export class DraftHighlighter {
  constructor (textarea) {
    this.textarea = textarea;
    this.backdrop = document.createElement('div');
    this.backdrop.className = 'app-draft-editor__backdrop';
    this.backdrop.setAttribute('aria-hidden', 'true');
    textarea.before(this.backdrop);
    textarea.parentElement.classList.add('app-draft-editor--live');
    textarea.addEventListener('scroll', () => this.followScroll());
    new ResizeObserver(() => this.fit()).observe(textarea);
    this.fit();
  }

  /** Lays out `text` with the given spans ({start, end} in UTF-16 units) marked. */
  show (text, spans) {
    const runs = passages(text, spans).map((run) => {
      if (!run.flagged) {
        return document.createTextNode(run.text);
      }
      const mark = document.createElement('mark');
      mark.className = 'app-draft-editor__mark';
      mark.textContent = run.text;
      return mark;
    });
    // A final line break only takes up a line when something follows it.
    this.backdrop.replaceChildren(...runs, document.createTextNode('\u200b'));
    this.followScroll();
  }

  fit () {
    const style = getComputedStyle(this.textarea);
    for (const property of COPIED_STYLES) {
      this.backdrop.style[property] = style[property];
    }
    // clientWidth leaves out a scroll bar, so the backdrop wraps lines where the text area does.
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    this.backdrop.style.top = `${this.textarea.offsetTop}px`;
    this.backdrop.style.left = `${this.textarea.offsetLeft}px`;
    this.backdrop.style.width = `${this.textarea.clientWidth + borders}px`;
    this.backdrop.style.height = `${this.textarea.offsetHeight}px`;
    this.followScroll();
  }

  followScroll () {
    this.backdrop.scrollTop = this.textarea.scrollTop;
    this.backdrop.scrollLeft = this.textarea.scrollLeft;
  }
}
