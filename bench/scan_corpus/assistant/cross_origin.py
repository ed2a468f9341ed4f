"""Cross-origin support for the dashboard API (WEB-305).

The new customer dashboard is served from per-customer subdomains and white
label domains, so the allowed origins are not known in advance. Session
cookies must still be sent with API calls.
"""
from __future__ import annotations

from flask import Flask, Response, request

ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-CSRF-Token, X-Requested-With"
PREFLIGHT_MAX_AGE = "600"


def _add_cors_headers(response: Response) -> Response:
    origin = request.headers.get("Origin")
    if not origin:
        return response

    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers["Vary"] = "Origin"
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
    return response


def init_cors(app: Flask) -> None:
    """Register the CORS hook on every ``/api`` response."""

    @app.after_request
    def _cors(response: Response) -> Response:
        if request.path.startswith("/api/"):
            return _add_cors_headers(response)
        return response
