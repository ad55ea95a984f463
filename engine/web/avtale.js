/* Stub: filled in by the page's own change. */
