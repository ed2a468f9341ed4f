"""CORS for the public API so the marketing site and the dashboard SPA can call it.

Browsers send the session cookie on these requests, so only the explicitly
configured origins are echoed back.
"""
from __future__ import annotations

import os

from flask import Blueprint, Flask, Response, request

api = Blueprint("public_api", __name__, url_prefix="/api")

ALLOWED_ORIGINS = frozenset(
    origin.strip().rstrip("/")
    for origin in os.environ.get("CORS_ALLOWED_ORIGINS", "").split(",")
    if origin.strip()
)
ALLOWED_METHODS = "GET, POST, PATCH, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-CSRFToken"


@api.after_request
def add_cors_headers(response: Response) -> Response:
    """Echo the request origin only when it is on the allow-list."""
    origin = request.headers.get("Origin")
    response.headers.add("Vary", "Origin")
    if origin and origin in ALLOWED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response.headers["Access-Control-Max-Age"] = "600"
    return response


@api.route("/<path:_any>", methods=["OPTIONS"])
def preflight(_any: str) -> Response:
    return Response(status=204)


def register(app: Flask) -> None:
    app.register_blueprint(api)
