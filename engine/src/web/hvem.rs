//! Stub: filled in by the page's own change.

use axum::Router;

use crate::serve::api::S;

pub(super) fn routes() -> Router<S> {
    Router::new()
}
