"""Digital collections catalogue."""

from __future__ import annotations

from flask import Flask

from catalogue.config import Config


def create_app(overrides: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(Config)
    app.config.update(overrides or {})
    from catalogue.web import bp

    app.register_blueprint(bp)
    return app
