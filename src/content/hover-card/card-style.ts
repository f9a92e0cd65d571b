/** The card's stylesheet, scoped to its shadow root: page CSS cannot reach in, ours cannot leak out. */
export const CARD_CSS = `
:host { all: initial; }
.wrap { position: fixed; top: 0; left: 0; z-index: 2147483647; width: max-content; max-width: min(360px, calc(100vw - 16px)); }
.card { box-sizing: border-box; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b;
  background: #fff; border: 1px solid #c9c9c9; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  padding: 10px 12px 12px; max-height: min(420px, calc(100vh - 16px)); overflow: auto; text-align: left; }
.card:focus { outline: 2px solid #1a5fb4; outline-offset: 1px; }
.head { display: flex; align-items: flex-start; gap: 8px; }
.title { font-size: 16px; font-weight: 650; margin: 0; flex: 1; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 4px; color: #444; }
.close:focus-visible, .close:hover { background: #eee; outline: 2px solid #1a5fb4; }
.kind { margin: 2px 0 6px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #5a5a5a; }
.desc { margin: 0 0 6px; font-weight: 550; }
.note, .role, .via { margin: 0 0 6px; }
h3 { font-size: 12px; margin: 8px 0 2px; color: #5a5a5a; text-transform: uppercase; letter-spacing: .04em; }
.later { margin: 0 0 6px; padding-left: 18px; }
.later time { font-weight: 600; }
.ref { color: #1a5fb4; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { background: #222; color: #eee; border-color: #555; }
  .kind, h3 { color: #bbb; } .close { color: #ddd; } .close:hover { background: #333; } .ref { color: #8cb4ff; }
}
`;
