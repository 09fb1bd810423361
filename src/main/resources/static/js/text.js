// Small helpers the page scripts share.

/** 20000 as "20,000". */
export function formatNumber (number) {
  return number.toLocaleString('en-GB');
}

/** A function that runs `action` once calls to it have paused for `delayMs`. */
export function onPause (delayMs, action) {
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, delayMs);
  };
}

/**
 * Cuts `text` at every edge of every span, so overlapping spans become runs that each
 * know which spans cover them (as the result page does on the server).
 */
export function passages (text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.min(span.start, text.length));
    cuts.add(Math.min(span.end, text.length));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const runs = [];
  for (let i = 1; i < edges.length; i++) {
    const from = edges[i - 1];
    const to = edges[i];
    const covering = spans.filter((span) => span.start <= from && to <= span.end);
    runs.push({ text: text.slice(from, to), flagged: covering.length > 0 });
  }
  return runs;
}
