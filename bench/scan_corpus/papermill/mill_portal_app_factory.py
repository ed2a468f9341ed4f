"""Application factory for the mill staff portal (rosters, permits, training records)."""
from __future__ import annotations

import os

from flask import Flask


def _flag(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes"}


class BaseConfig:
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("PORTAL_DATABASE_URL")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    DEBUG = False


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"


class LocalConfig(BaseConfig):
    DEBUG = _flag("PORTAL_DEBUG")


CONFIGS = {"production": ProductionConfig, "local": LocalConfig}


def create_app(env: str | None = None) -> Flask:
    env = env or os.environ.get("PORTAL_ENV", "production")
    app = Flask(__name__)
    app.config.from_object(CONFIGS.get(env, ProductionConfig))
    if not app.config["SECRET_KEY"]:
        raise RuntimeError("PORTAL_SECRET_KEY must be set")

    from portal.views import permits, rosters, training

    app.register_blueprint(rosters.bp)
    app.register_blueprint(permits.bp)
    app.register_blueprint(training.bp)
    return app


if __name__ == "__main__":
    application = create_app()
    application.run(host=os.environ["PORTAL_BIND"],
                    port=int(os.environ.get("PORTAL_PORT", "8080")),
                    debug=application.config["DEBUG"])
