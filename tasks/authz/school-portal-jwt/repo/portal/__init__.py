"""Grades portal API."""

from __future__ import annotations

from flask import Flask

from portal.api import bp as api_bp
from portal.config import DefaultConfig


def create_app(overrides: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(DefaultConfig)
    app.config.update(overrides or {})
    app.register_blueprint(api_bp)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
