"""Cross-origin support for the observer portal API.

The planning tools (finder-chart generator, exposure-time calculator) are
served from separate hosts and call the portal API with the user's session.
"""
from flask import Flask, request

ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-CSRF-Token"
MAX_AGE = "600"


def init_cors(app: Flask) -> None:
    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin")
        if origin and request.path.startswith("/api/"):
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response.headers["Access-Control-Max-Age"] = MAX_AGE
            response.headers.add("Vary", "Origin")
        return response

    @app.route("/api/<path:_>", methods=["OPTIONS"])
    def preflight(_):
        return "", 204
