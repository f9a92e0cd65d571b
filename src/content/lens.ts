/**
 * The lens: analysis, highlights and hover cards, injected only into tabs that need it.
 * FOUNDATION SHELL — filled in by the in-page issue.
 */
export {};
