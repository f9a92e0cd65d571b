/** What the popup knows when it renders, and what its buttons do (popup.ts wires these to the browser). */
import type { Dataset, Entity } from '../data/schema';
import type { LensReport, RevealResult, RevealTarget } from '../shared/messages';
import type { BasemapShape } from './map/render-map';

export interface PopupView {
  tabId: number;
  /** The tab's address, when the popup may know it. */
  tabUrl: string | null;
  report: LensReport | null;
  sentinel: { hit: boolean } | null;
  highlightsOn: boolean;
  /** Opened as popup.html?tab=ID in a tab of its own, not as the toolbar popup. */
  inTab: boolean;
  /** False for browser pages (about:, chrome:, the web store…) where no extension may run. */
  webPage: boolean;
  /** Whether StoryLens may read the tab's site by itself (host permission); null when unknown or not a web page. */
  access: { host: string; granted: boolean } | null;
  /** A scan was asked for and its report has not arrived yet. */
  scanning: boolean;
}

export interface PopupActions {
  reveal(target: RevealTarget, n: number): Promise<RevealResult | null>;
  setHighlights(on: boolean): Promise<boolean>;
  copy(text: string): Promise<boolean>;
  openInTab(): void;
  scan(): void;
  highlightAnyway(): void;
  /** Must ask for the permission straight from the click (Firefox needs the user gesture). */
  requestAccess(): void;
  announce(text: string): void;
}

export interface PopupData {
  dataset: Dataset;
  byId: ReadonlyMap<string, Entity>;
  basemap: BasemapShape & { points: Readonly<Record<string, readonly [number, number]>> };
}
