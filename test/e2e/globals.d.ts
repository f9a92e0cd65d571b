// Code passed to page.evaluate() runs inside extension pages, where these APIs exist.
import type Browser from 'webextension-polyfill';
declare global {
  const browser: Browser.Browser;
  const chrome: Browser.Browser;
}
