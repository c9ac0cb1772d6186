/**
 * The card's own styles. In the page they sit inside the card's shadow root, so the page's CSS cannot reach them nor
 * they the page; the popup includes them too, so every rule is scoped to `.card`.
 *
 * Colours are chosen for WCAG AA (4.5:1 for text) on the card's background in both themes; `data-theme="auto"`
 * follows the reader's `prefers-color-scheme`, `light`/`dark` force one (a setting may pick it).
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  --bs-bg: #ffffff; --bs-fg: #1f2937; --bs-muted: #4b5563; --bs-border: #d1d5db; --bs-accent: #92400e;
  --bs-link: #1d4ed8; --bs-rule: #f59e0b; --bs-focus: #b45309; --bs-hover: #f3f4f6;
  --bs-bar: #9ca3af; --bs-bar-on: #b45309; --bs-mark: #1d4ed8; --bs-shadow: rgba(0,0,0,.18);
  box-sizing: border-box; width: 380px; max-width: calc(100vw - 16px); max-height: min(480px, calc(100vh - 16px));
  overflow: auto; overscroll-behavior: contain;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", sans-serif;
  color: var(--bs-fg); background: var(--bs-bg); border: 1px solid var(--bs-border); border-radius: 10px;
  box-shadow: 0 10px 30px var(--bs-shadow); padding: 12px 14px; text-align: start; unicode-bidi: isolate;
  color-scheme: light;
}
.card[data-theme="dark"] {
  --bs-bg: #111827; --bs-fg: #e5e7eb; --bs-muted: #b6bcc6; --bs-border: #4b5563; --bs-accent: #fcd34d;
  --bs-link: #93c5fd; --bs-rule: #d97706; --bs-focus: #fbbf24; --bs-hover: #1f2937;
  --bs-bar: #6b7280; --bs-bar-on: #fbbf24; --bs-mark: #93c5fd; --bs-shadow: rgba(0,0,0,.5);
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  .card[data-theme="auto"] {
    --bs-bg: #111827; --bs-fg: #e5e7eb; --bs-muted: #b6bcc6; --bs-border: #4b5563; --bs-accent: #fcd34d;
    --bs-link: #93c5fd; --bs-rule: #d97706; --bs-focus: #fbbf24; --bs-hover: #1f2937;
    --bs-bar: #6b7280; --bs-bar-on: #fbbf24; --bs-mark: #93c5fd; --bs-shadow: rgba(0,0,0,.5);
    color-scheme: dark;
  }
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: bs-appear .12s ease-out; }
  @keyframes bs-appear { from { opacity: 0; } to { opacity: 1; } }
}
.card.sheet {
  width: 100%; max-width: none; border-radius: 12px 12px 0 0; border-bottom: none;
}
.card:focus { outline: 2px solid var(--bs-focus); outline-offset: 2px; }
.card header { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; }
.card h2 { font-size: 18px; margin: 0; line-height: 1.25; }
.card h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--bs-muted); margin: 12px 0 4px; }
.card .type { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--bs-accent); margin: 0 0 2px; }
.card .close {
  all: unset; cursor: pointer; font-size: 20px; line-height: 1; padding: 4px 8px; border-radius: 4px; color: var(--bs-muted);
  flex: none;
}
.card .close:hover, .card .close:focus-visible { background: var(--bs-hover); color: var(--bs-fg); outline: 2px solid var(--bs-focus); }
.card .description { margin: 6px 0 0; }
.card .provenance { margin: 2px 0 0; font-size: 12px; color: var(--bs-muted); }
.card a { color: var(--bs-link); }
.card a:focus-visible { outline: 2px solid var(--bs-focus); }
.card .note { margin: 10px 0 0; font-size: 13px; color: var(--bs-muted); }
.card .events { list-style: none; margin: 0; padding: 0; }
.card .events li { border-inline-start: 2px solid var(--bs-rule); padding-block: 2px 6px; padding-inline: 10px 0; margin: 0 0 4px; }
.card .events time { font-size: 12px; font-weight: 600; color: var(--bs-accent); }
.card .events p { margin: 2px 0 0; }
.card .sources { font-size: 12px; color: var(--bs-muted); }
.card .empty { color: var(--bs-muted); font-style: italic; margin: 0; }
.card footer { margin-top: 10px; font-size: 12px; color: var(--bs-muted); }
.card .strip { margin: 10px 0 0; }
.card .strip svg { display: block; width: 100%; height: 44px; overflow: visible; }
.card .strip .bin { fill: var(--bs-bar); }
.card .strip .bin.listed { fill: var(--bs-bar-on); }
.card .strip .hit { fill: transparent; cursor: pointer; }
.card .strip .hit:focus { outline: none; }
.card .strip .hit:focus-visible, .card .strip .hit.selected { fill: var(--bs-hover); stroke: var(--bs-focus); stroke-width: 1.5; }
.card .strip .article { stroke: var(--bs-mark); stroke-width: 2; }
.card .strip .axis-labels { display: flex; justify-content: space-between; font-size: 11px; color: var(--bs-muted); }
.card .strip [role="slider"]:focus-visible { outline: 2px solid var(--bs-focus); outline-offset: 2px; }
.card .strip .summary { margin: 2px 0 0; font-size: 12px; color: var(--bs-muted); }
.card .strip .filter { all: unset; cursor: pointer; font-size: 12px; color: var(--bs-link); text-decoration: underline; margin-inline-start: 6px; }
.card .strip .filter:focus-visible { outline: 2px solid var(--bs-focus); }
`;
