"""CORS handling for the partner API consumed by buyers' planning dashboards.

Only origins registered for a partner account get credentialed CORS responses.
"""
from __future__ import annotations

import os

from flask import Flask, request


def _allowed_origins() -> frozenset[str]:
    raw = os.environ.get("PARTNER_CORS_ORIGINS", "")
    return frozenset(o.strip().rstrip("/") for o in raw.split(",") if o.strip())


class PartnerCors:
    allow_headers = "Authorization, Content-Type"
    allow_methods = "GET, POST, OPTIONS"
    max_age = "600"

    def __init__(self, app: Flask | None = None):
        self.origins = _allowed_origins()
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        app.after_request(self._apply)

    def _apply(self, resp):
        origin = request.headers.get("Origin", "")
        resp.headers.add("Vary", "Origin")
        if origin in self.origins:
            resp.headers["Access-Control-Allow-Origin"] = origin
            resp.headers["Access-Control-Allow-Credentials"] = "true"
            resp.headers["Access-Control-Allow-Headers"] = self.allow_headers
            resp.headers["Access-Control-Allow-Methods"] = self.allow_methods
            resp.headers["Access-Control-Max-Age"] = self.max_age
        return resp


def create_app() -> Flask:
    app = Flask(__name__)
    PartnerCors(app)

    @app.get("/partner/v1/forecast")
    def forecast():
        return {"weeks": []}

    return app
