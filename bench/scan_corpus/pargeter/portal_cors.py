"""Cross-origin support for the portal API.

The client portal front end and the partner architects' project widget call
the API from their own origins, sending the user's session cookie with each
request.
"""
from flask import Flask, request

from pargeter.config import settings

CORS_METHODS = "GET, POST, PUT, DELETE, OPTIONS"
CORS_HEADERS = "Content-Type, X-Requested-With, X-CSRF-Token"


def _preflight_max_age() -> str:
    return str(settings.CORS_MAX_AGE)


def init_cors(app: Flask) -> None:
    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin")
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
            response.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
            response.headers["Access-Control-Max-Age"] = _preflight_max_age()
            response.headers.add("Vary", "Origin")
        return response

    @app.route("/api/<path:_any>", methods=["OPTIONS"])
    def preflight(_any):
        return "", 204


def create_app() -> Flask:
    app = Flask("pargeter_portal")
    app.config.from_object(settings)
    init_cors(app)
    return app
