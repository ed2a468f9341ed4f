"""Application factory for the members' portal."""
from __future__ import annotations

import logging
import os

from flask import Flask, jsonify


class BaseConfig:
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("CLUB_DATABASE_URL")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    MAX_CONTENT_LENGTH = 50 * 1024 * 1024
    DEBUG = False


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"


class DevelopmentConfig(BaseConfig):
    DEBUG = True
    SESSION_COOKIE_SECURE = False


CONFIGS = {"production": ProductionConfig, "development": DevelopmentConfig}


def create_app(env: str | None = None) -> Flask:
    env = env or os.environ.get("PORTAL_ENV", "production")
    app = Flask(__name__)
    app.config.from_object(CONFIGS.get(env, ProductionConfig))
    if not app.config["SECRET_KEY"]:
        raise RuntimeError("PORTAL_SECRET_KEY must be set")

    from .auth import bp as auth_bp
    from .events import bp as events_bp
    from .racks import bp as racks_bp
    from .trips import bp as trips_bp

    for blueprint in (auth_bp, events_bp, racks_bp, trips_bp):
        app.register_blueprint(blueprint)

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    logging.basicConfig(level=logging.DEBUG if app.debug else logging.INFO)
    return app


if __name__ == "__main__":
    portal = create_app()
    portal.run(
        host=os.environ.get("PORTAL_HOST", "localhost"),
        port=int(os.environ.get("PORTAL_PORT", "8080")),
        debug=portal.config["DEBUG"],
    )
