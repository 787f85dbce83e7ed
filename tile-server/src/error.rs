//! [`ApiError`]: every error a route answers with, mapped to its status and a JSON body in the
//! OGC exception format (`{"code": "404", "description": "..."}`).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// An error answered to the client. Handlers return `Result<_, ApiError>`; query parsing and
/// execution return it too, so they can be tested without HTTP.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ApiError {
    /// 400: the request is malformed (the message says which parameter and why).
    #[error("{0}")]
    BadRequest(String),
    /// 401: a credential was sent that does not open the internal view.
    #[error("{0}")]
    Unauthorized(String),
    /// 404: no such resource in this view.
    #[error("{0}")]
    NotFound(String),
    /// 503 with `Retry-After` (seconds): the server is saturated.
    #[error("{message}")]
    Unavailable {
        /// What is saturated.
        message: String,
        /// Seconds after which a retry is sensible.
        retry_after: u32,
    },
    /// 500: the server failed (a PROJ error, a broken archive).
    #[error("{0}")]
    Internal(String),
}

impl ApiError {
    /// The HTTP status of this error.
    #[must_use]
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Unavailable { .. } => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A 400 with `message`.
    pub fn bad(message: impl Into<String>) -> ApiError {
        ApiError::BadRequest(message.into())
    }

    /// A 404 with `message`.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::NotFound(message.into())
    }

    /// A 500 with `message`.
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::Internal(message.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let mut r = crate::json(
            &serde_json::json!({
                "code": status.as_str(),
                "description": self.to_string(),
            }),
            "application/json",
        );
        *r.status_mut() = status;
        match &self {
            ApiError::Unauthorized(_) => {
                r.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"saale internal\""),
                );
            }
            ApiError::Unavailable { retry_after, .. } => {
                if let Ok(v) = HeaderValue::from_str(&retry_after.to_string()) {
                    r.headers_mut().insert(header::RETRY_AFTER, v);
                }
            }
            _ => {}
        }
        r
    }
}

/// What a handler returns.
pub type ApiResult<T = Response> = Result<T, ApiError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_error_maps_to_status_body_and_headers() {
        let r = ApiError::Unavailable {
            message: "busy".into(),
            retry_after: 2,
        }
        .into_response();
        assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(r.headers()[header::RETRY_AFTER], "2");
        let r = ApiError::Unauthorized("no".into()).into_response();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        assert!(r.headers().contains_key(header::WWW_AUTHENTICATE));
        assert_eq!(
            ApiError::bad("limit=0: expected").status(),
            StatusCode::BAD_REQUEST
        );
    }
}
