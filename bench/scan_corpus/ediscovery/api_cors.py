"""CORS for the review API when the SPA is hosted on a per-client domain."""
import os

from flask import Flask, request

_configured = [o.strip().rstrip("/") for o in os.environ.get("CORS_ALLOWED_ORIGINS", "").split(",") if o.strip()]
ALLOWED_ORIGINS = frozenset(_configured)

ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-CSRF-Token"


def origin_allowed(origin: str) -> bool:
    return origin in ALLOWED_ORIGINS


def _apply_cors(response):
    response.headers.add("Vary", "Origin")
    origin = request.headers.get("Origin", "")
    if not origin or not origin_allowed(origin):
        return response
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Credentials"] = "true"
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response.headers["Access-Control-Max-Age"] = "600"
    return response


def init_cors(app: Flask) -> None:
    app.after_request(_apply_cors)
