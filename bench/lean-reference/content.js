/* global chrome */
// The same work as our content script before its first highlight, in the fewest lines: ask the settings, read the
// page's paragraphs and headings, send their text, place the answer's mentions and draw them. No hover, no watching,
// no slicing, no retries, no furniture rules. `--lean-reference` runs it against our worker in place of our content
// script: the gap between the two is what our structure costs, the rest is what this work costs any extension.
chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  if (message && message.type === 'settingsChanged') {
    reply(true);
    return true;
  }
  return false;
});
chrome.runtime.sendMessage({ type: 'pageSettings', payload: {} }).then((settings) => {
  if (!settings || !settings.on) return undefined;
  const root = document.querySelector('article') || document.body;
  const blocks = [];
  for (const element of root.querySelectorAll('p, h1, h2, h3, li, figcaption')) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const pieces = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      pieces.push({ node, start: text.length });
      text += node.data;
    }
    if (text.trim()) blocks.push({ text, pieces });
  }
  const page = { url: location.href, title: document.title, published: null };
  const added = blocks.map((b, i) => ({ key: i + 1, text: b.text }));
  return chrome.runtime.sendMessage({ type: 'scanChanges', payload: { page, fresh: true, added, removed: [], undated: true, reading: { navigated: false } } }).then((result) => {
    const mentions = new Highlight();
    for (const m of result.mentions) {
      const block = blocks[m.key - 1];
      const at = (offset) => {
        let found = block.pieces[0];
        for (const piece of block.pieces) if (piece.start <= offset) found = piece;
        return found;
      };
      const a = at(m.start);
      const b = at(m.end);
      const range = document.createRange();
      range.setStart(a.node, m.start - a.start);
      range.setEnd(b.node, Math.min(m.end - b.start, b.node.length));
      mentions.add(range);
    }
    CSS.highlights.set('backstory-mention', mentions);
  });
});
