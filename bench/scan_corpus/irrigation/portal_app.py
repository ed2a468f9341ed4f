"""Application factory for the farmer portal (server-rendered pages)."""

from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask

from portal import auth, dashboard, schedules, sensors
from portal.db import init_db


class BaseConfig:
    DEBUG = False
    TESTING = False
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("PORTAL_DATABASE_URL")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)
    EXPORT_ROOT = os.environ.get("PORTAL_EXPORT_ROOT", "/var/lib/irrigation/exports")


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"


def create_app(config_object: type[BaseConfig] = ProductionConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    if not app.config["SECRET_KEY"]:
        raise RuntimeError("PORTAL_SECRET_KEY must be set")

    init_db(app)
    app.register_blueprint(auth.bp)
    app.register_blueprint(dashboard.bp)
    app.register_blueprint(schedules.bp)
    app.register_blueprint(sensors.bp)
    return app


if __name__ == "__main__":
    create_app().run(host=os.environ.get("PORTAL_BIND", "localhost"),
                     port=int(os.environ.get("PORTAL_PORT", "5000")))
