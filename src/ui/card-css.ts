/** The card's own styles, inside its shadow root: the page's CSS cannot reach them, nor they the page. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: 380px; max-height: min(480px, 70vh); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937;
  background: #fff; border: 1px solid #d1d5db; border-radius: 10px; box-shadow: 0 10px 30px rgba(0,0,0,.18);
  padding: 12px 14px; text-align: left;
}
.card:focus { outline: 2px solid #d97706; outline-offset: 2px; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; }
h2 { font-size: 18px; margin: 0; line-height: 1.25; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #6b7280; margin: 12px 0 4px; }
.type { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: #b45309; margin: 0 0 2px; }
.close { all: unset; cursor: pointer; font-size: 20px; line-height: 1; padding: 2px 6px; border-radius: 4px; color: #6b7280; }
.close:hover, .close:focus-visible { background: #f3f4f6; color: #111827; outline: 2px solid #d97706; }
.description { margin: 6px 0 0; }
a { color: #1d4ed8; }
a:focus-visible { outline: 2px solid #d97706; }
.events { list-style: none; margin: 0; padding: 0; }
.events li { border-left: 2px solid #fcd34d; padding: 2px 0 6px 10px; margin: 0 0 4px; }
.events time { font-size: 12px; font-weight: 600; color: #92400e; }
.events p { margin: 2px 0 0; }
.sources { font-size: 12px; color: #6b7280; }
.empty { color: #6b7280; font-style: italic; margin: 0; }
footer { margin-top: 10px; font-size: 11px; color: #9ca3af; }
@media (prefers-color-scheme: dark) {
  .card { background: #111827; color: #e5e7eb; border-color: #374151; }
  a { color: #93c5fd; }
  .close:hover, .close:focus-visible { background: #1f2937; color: #fff; }
}
`;
