"""Cross-origin headers for the architects' project status widget.

Partner conservation architects embed a widget on their own practice sites
that shows the pargeting works schedule for shared projects. Only origins
registered for a partner practice receive credentialed CORS responses.
"""
import re

from flask import Flask, request

from pargeter.config import settings

CORS_METHODS = "GET, OPTIONS"
CORS_HEADERS = "Content-Type, X-CSRF-Token"
PARTNER_ORIGINS = frozenset(o.rstrip("/").lower() for o in settings.PARTNER_ARCHITECT_ORIGINS)
PREVIEW_ORIGIN = re.compile(r"https://[a-z0-9-]+\.preview\.pargeter-portal\.co\.uk")


def _origin_allowed(origin: str) -> bool:
    normalised = origin.rstrip("/").lower()
    return normalised in PARTNER_ORIGINS or PREVIEW_ORIGIN.fullmatch(normalised) is not None


def init_widget_cors(app: Flask) -> None:
    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin", "")
        if request.path.startswith("/widget/") and origin and _origin_allowed(origin):
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
            response.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
        response.headers.add("Vary", "Origin")
        return response

    @app.route("/widget/<path:_any>", methods=["OPTIONS"])
    def widget_preflight(_any):
        return "", 204
