"""CORS handling for the client portal API.

The single-page portal is served from a separate static host per client
deployment, and calls the API with the portal session cookie.
"""
from flask import Flask, request

EXPOSED_HEADERS = "X-Upload-Id, X-Request-Id"
ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-CSRF-Token, X-Upload-Id"
PREFLIGHT_MAX_AGE = "600"


def _apply_cors(response):
    origin = request.headers.get("Origin")
    if not origin:
        return response
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    response.headers.add("Vary", "Origin")
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
    return response


def init_cors(app: Flask) -> None:
    app.after_request(_apply_cors)
