"""Application factory for the customer portal.

The same factory is used by gunicorn on the portal server and by the
``python -m`` entry point on the small office box at the yard.
"""
from __future__ import annotations

import logging
import os

from flask import Flask, jsonify


class BaseConfig:
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    MAX_CONTENT_LENGTH = 25 * 1024 * 1024
    PHOTO_ROOT = "/srv/portal/photos"


class PortalConfig(BaseConfig):
    DEBUG = True
    PREFERRED_URL_SCHEME = "https"

    def __init__(self) -> None:
        self.SECRET_KEY = os.environ["PORTAL_SECRET_KEY"]
        self.SQLALCHEMY_DATABASE_URI = os.environ["PORTAL_DATABASE_URL"]


def create_app(config: object | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config or PortalConfig())

    from .orders import orders_bp
    from .photos import photos_bp
    from .proofs import proofs_bp

    app.register_blueprint(orders_bp)
    app.register_blueprint(photos_bp)
    app.register_blueprint(proofs_bp)

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    logging.basicConfig(level=logging.INFO)
    return app


app = create_app()


if __name__ == "__main__":
    app.run(
        host=os.environ.get("PORTAL_HOST", "127.0.0.1"),
        port=int(os.environ.get("PORTAL_PORT", "8000")),
    )
