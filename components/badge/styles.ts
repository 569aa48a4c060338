/**
 * The badge's styles, shared by every badge on the page through ONE constructable style sheet
 * (adoptedStyleSheets), so mounting a badge adds no style element to parse. px, not rem: rem would
 * follow the page's html font size.
 *
 * A closed badge is ONE inline box, the button: the host is `display: contents` and the dot is a
 * gradient in the button's background (each box costs the feed's later frames; see mount.tsx). No
 * `position`, no `z-index`, so the page has no extra stacking context per badge to keep. Only an open
 * badge (`data-open`) gets a box of its own, positioned and raised, to anchor its card above the posts
 * below it; grid tiles keep their overlay position.
 */
export const BADGE_CSS = `
:host { all: initial; display: contents;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; }
:host([data-open]) { display: inline-block; vertical-align: middle; position: relative; z-index: 2; }
:host([data-overlay]) { display: block; position: absolute; top: 8px; left: 8px; z-index: 2; }
* { box-sizing: border-box; }
.badge { display: inline-block; vertical-align: middle; margin: 4px 0; padding: 4px 10px 4px 22px;
  border: 1px solid transparent; border-radius: 999px; cursor: pointer; font: inherit; font-weight: 600;
  font-size: 12px; line-height: 16px; white-space: nowrap;
  background-image: radial-gradient(circle at 12px 50%, currentColor 3.5px, transparent 4px); }
.badge:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.doubtful { background-color: #fde8e4; color: #9a2412; border-color: #f3b4a7; }
.unsure { background-color: #fdf3d8; color: #7a4b00; border-color: #ecd28f; }
.no-red-flags { background-color: #e3f4e8; color: #1d6b35; border-color: #a9d9b8; }
.card { position: absolute; top: calc(100% + 6px); left: 0; width: 340px; max-width: calc(100vw - 24px);
  max-height: min(520px, 70vh); overflow: auto; padding: 14px 16px; border-radius: 12px; background: #fff;
  color: #1d1d1f; border: 1px solid #d4d4d8; box-shadow: 0 10px 30px rgba(0,0,0,.25); z-index: 2147483000;
  text-align: left; white-space: normal; }
:host([data-overlay]) .card { position: fixed; top: auto; bottom: 16px; left: auto; right: 16px; }
h2 { margin: 0 0 4px; padding-right: 32px; font-size: 15px; line-height: 20px; }
h3 { margin: 12px 0 4px; font-size: 13px; }
p { margin: 0 0 6px; }
ul { margin: 0; padding: 0 0 0 18px; }
li { margin: 0 0 6px; }
.evidence { display: block; color: #52525b; font-size: 12px; overflow-wrap: anywhere; }
.muted { color: #52525b; font-size: 12px; }
.stages li { margin: 0 0 3px; }
.equal-light { display: block; width: 100%; height: auto; margin: 6px 0; border-radius: 8px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 12px; }
.actions button, .close { font: inherit; font-size: 12px; padding: 6px 10px; border-radius: 8px; cursor: pointer;
  border: 1px solid #a1a1aa; background: #f4f4f5; color: #1d1d1f; }
.actions .primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
.close { position: absolute; top: 8px; right: 8px; padding: 2px 8px; }
@media (prefers-color-scheme: dark) {
  :host { color: #f4f4f5; }
  .doubtful { background-color: #4a1d16; color: #ffb4a6; border-color: #7f2d1f; }
  .unsure { background-color: #3f3210; color: #f7d77d; border-color: #6b5415; }
  .no-red-flags { background-color: #143521; color: #9be0b1; border-color: #25603a; }
  .card { background: #1f1f23; color: #f4f4f5; border-color: #3f3f46; }
  .evidence, .muted { color: #b4b4bb; }
  .actions button, .close { background: #2d2d33; color: #f4f4f5; border-color: #52525b; }
  .actions .primary { background: #3b82f6; border-color: #3b82f6; color: #0b0b0c; }
}
`;

let shared: CSSStyleSheet | null | undefined;

/** The one shared sheet, or null where constructable sheets cannot be adopted (then: a style element). */
export function sharedBadgeSheet(): CSSStyleSheet | null {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(BADGE_CSS);
    } catch {
      shared = null;
    }
  }
  return shared;
}
