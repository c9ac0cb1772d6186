/* global chrome */
// The least an extension like ours can do on a page: one message to its worker, then one highlighted word. The
// bench loads it as a baseline (`--baseline bench/floor-extension`) to show what any such extension costs the page.
chrome.runtime.sendMessage({ type: 'hello' }).then(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && node.data.trim().length < 5) node = walker.nextNode();
  if (!node) return;
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, 4);
  CSS.highlights.set('backstory-mention', new Highlight(range));
});
