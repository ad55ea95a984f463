## web-endringer: stub, filled in by the page's own change.
