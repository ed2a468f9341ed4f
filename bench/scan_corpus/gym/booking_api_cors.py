"""CORS handling for the public booking API.

The booking widget is embedded on each franchise's own website, so the
API has to answer cross-origin requests and accept the member's session
cookie.
"""
from flask import Flask, request

ALLOWED_METHODS = "GET, POST, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-CSRF-Token"


def _apply_cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        resp.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        resp.headers["Access-Control-Max-Age"] = "600"
        resp.headers.add("Vary", "Origin")
    return resp


def init_cors(app: Flask) -> None:
    app.after_request(_apply_cors)

    @app.before_request
    def _preflight():
        if request.method == "OPTIONS" and request.headers.get("Access-Control-Request-Method"):
            return app.make_default_options_response()
        return None
