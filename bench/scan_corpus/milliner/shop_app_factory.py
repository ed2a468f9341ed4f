"""Application factory for the Brimstone & Bow web shop (served by gunicorn)."""
from __future__ import annotations

import os

from flask import Flask


class BaseConfig:
    SHOP_NAME = "Brimstone & Bow Millinery"
    DEBUG = True
    TESTING = False
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
    BRIDAL_SLOT_MINUTES = 90


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"
    SERVER_NAME = "shop.brimstoneandbow.co.uk"

    @classmethod
    def secret_key(cls) -> str:
        return os.environ["SHOP_SECRET_KEY"]


class StagingConfig(ProductionConfig):
    SERVER_NAME = "staging.brimstoneandbow.co.uk"


CONFIGS = {"production": ProductionConfig, "staging": StagingConfig}


def create_app(env: str | None = None) -> Flask:
    config_cls = CONFIGS[env or os.environ.get("SHOP_ENV", "production")]
    app = Flask(__name__)
    app.config.from_object(config_cls)
    app.config["SECRET_KEY"] = config_cls.secret_key()

    from .blueprints import bridal, catalogue, checkout, wholesale

    app.register_blueprint(catalogue.bp)
    app.register_blueprint(checkout.bp)
    app.register_blueprint(bridal.bp, url_prefix="/bridal")
    app.register_blueprint(wholesale.bp, url_prefix="/wholesale")

    @app.get("/healthz")
    def healthz():
        return {"ok": True, "shop": app.config["SHOP_NAME"]}

    return app


app = create_app()
