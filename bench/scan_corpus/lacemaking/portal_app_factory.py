"""Application factory for the cooperative's member portal (Flask)."""

from __future__ import annotations

import logging
import os

from flask import Flask


class BaseConfig:
    DEBUG = False
    TESTING = False
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    MAX_CONTENT_LENGTH = 20 * 1024 * 1024
    PATTERN_DIR = "/srv/lacecoop/patterns"


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"


class LocalConfig(BaseConfig):
    DEBUG = True
    SESSION_COOKIE_SECURE = False
    PATTERN_DIR = "./var/patterns"


CONFIGS = {"production": ProductionConfig, "local": LocalConfig}


def create_app(env_name: str | None = None) -> Flask:
    env_name = env_name or os.environ.get("LACECOOP_ENV", "production")
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(CONFIGS.get(env_name, ProductionConfig))
    app.config["SECRET_KEY"] = os.environ["LACECOOP_SECRET_KEY"]
    app.config["DATABASE_URL"] = os.environ["LACECOOP_DATABASE_URL"]

    logging.basicConfig(level=logging.DEBUG if app.debug else logging.INFO)

    from .auth import bp as auth_bp
    from .bookings import bp as bookings_bp
    from .library import bp as library_bp
    from .shop import bp as shop_bp

    for blueprint in (auth_bp, bookings_bp, library_bp, shop_bp):
        app.register_blueprint(blueprint)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok", "env": env_name}

    return app


if __name__ == "__main__":
    portal = create_app()
    portal.run(
        host=os.environ.get("LACECOOP_BIND", "127.0.0.1"),
        port=int(os.environ.get("PORT", "8000")),
        debug=portal.config["DEBUG"],
    )
