"""Flask application factory for the donor family information portal."""
from __future__ import annotations

import os
import secrets

from flask import Flask, render_template


class BaseConfig:
    SECRET_KEY = os.environ.get("FAMILY_PORTAL_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("FAMILY_PORTAL_DATABASE_URL")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    DEBUG = False
    TESTING = False


class LocalDevelopmentConfig(BaseConfig):
    DEBUG = True
    SESSION_COOKIE_SECURE = False
    SQLALCHEMY_DATABASE_URI = "sqlite:///family_portal_dev.db"


class TestConfig(BaseConfig):
    TESTING = True
    SECRET_KEY = secrets.token_hex(32)
    SQLALCHEMY_DATABASE_URI = "sqlite://"


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"


CONFIGS = {"development": LocalDevelopmentConfig, "test": TestConfig, "production": ProductionConfig}


def create_app(env: str | None = None) -> Flask:
    selected = CONFIGS[env or os.environ.get("FAMILY_PORTAL_ENV", "production")]
    app = Flask(__name__)
    app.config.from_object(selected)
    if selected is ProductionConfig and not app.config["SECRET_KEY"]:
        raise RuntimeError("FAMILY_PORTAL_SECRET_KEY must be set in production")

    from .views import family_bp

    app.register_blueprint(family_bp)

    @app.errorhandler(404)
    def not_found(_exc):
        return render_template("errors/404.html"), 404

    @app.get("/healthz")
    def healthz():
        return {"status": "ok", "env": selected.__name__}

    return app
