"""Cross-origin support for the console API.

The console SPA is served from a per-customer CDN domain, and some
integrators embed fleet status widgets into their own dashboards.
"""
from flask import Flask, request

ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS"
ALLOWED_HEADERS = "Authorization, Content-Type, X-Site-Id"


def init_cors(app: Flask) -> None:
    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin")
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response.headers["Access-Control-Max-Age"] = "600"
        response.headers.add("Vary", "Origin")
        return response

    @app.route("/api/<path:_subpath>", methods=["OPTIONS"])
    def preflight(_subpath):
        return "", 204
