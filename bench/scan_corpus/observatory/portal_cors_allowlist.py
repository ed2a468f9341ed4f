"""Cross-origin support for the observer portal API.

Only the observatory's own planning tools may call the API with the
user's session cookie; their origins are configured per deployment.
"""
import os

from flask import Flask, request

ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-CSRF-Token"


def _allowed_origins() -> frozenset[str]:
    raw = os.environ.get("PORTAL_CORS_ORIGINS", "")
    return frozenset(o.strip().rstrip("/") for o in raw.split(",") if o.strip())


def init_cors(app: Flask) -> None:
    allowed = _allowed_origins()

    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin")
        if request.path.startswith("/api/"):
            response.headers.add("Vary", "Origin")
            if origin in allowed:
                response.headers["Access-Control-Allow-Origin"] = origin
                response.headers["Access-Control-Allow-Credentials"] = "true"
                response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
                response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        return response
