/**
 * Bench build only: registered in front of the sentinel (and of the trivial extension's script),
 * so `storylens:cs` measures from the moment our content script starts, its compile included.
 */
performance.mark('storylens:cs:start');
