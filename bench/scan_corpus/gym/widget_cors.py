"""CORS for the embeddable class-timetable widget.

Franchise websites that embed the widget are registered in the admin;
only those origins get credentialed CORS responses.
"""
import os

from flask import Flask, request

ALLOWED_METHODS = "GET, POST, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-CSRF-Token"


def _load_allowed_origins() -> frozenset[str]:
    raw = os.environ.get("WIDGET_ALLOWED_ORIGINS", "")
    return frozenset(o.strip().rstrip("/") for o in raw.split(",") if o.strip())


def init_cors(app: Flask) -> None:
    allowed = _load_allowed_origins()

    @app.after_request
    def _apply_cors(resp):
        origin = request.headers.get("Origin")
        resp.headers.add("Vary", "Origin")
        if origin and origin in allowed:
            resp.headers["Access-Control-Allow-Origin"] = origin
            resp.headers["Access-Control-Allow-Credentials"] = "true"
            resp.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            resp.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            resp.headers["Access-Control-Max-Age"] = "600"
        return resp

    @app.before_request
    def _preflight():
        if request.method == "OPTIONS" and request.headers.get("Access-Control-Request-Method"):
            return app.make_default_options_response()
        return None
