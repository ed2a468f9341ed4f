"""Application factory for the member portal (bookings, invoices, guest passes)."""
from __future__ import annotations

import logging
import os

from flask import Flask


class BaseConfig:
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("PORTAL_DATABASE_URL")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    DEBUG = False


class DevelopmentConfig(BaseConfig):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///portal-dev.db"


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"


CONFIGS = {"development": DevelopmentConfig, "production": ProductionConfig}


def create_app(env: str | None = None) -> Flask:
    env = env or os.environ.get("PORTAL_ENV", "production")
    app = Flask(__name__)
    app.config.from_object(CONFIGS[env])
    if env == "production" and not app.config["SECRET_KEY"]:
        raise RuntimeError("PORTAL_SECRET_KEY must be set in production")

    from portal.bookings import bp as bookings_bp
    from portal.guests import bp as guests_bp
    from portal.invoices import bp as invoices_bp

    app.register_blueprint(bookings_bp)
    app.register_blueprint(invoices_bp)
    app.register_blueprint(guests_bp)

    logging.basicConfig(level=logging.DEBUG if app.debug else logging.INFO)
    return app


if __name__ == "__main__":
    application = create_app()
    application.run(host="127.0.0.1", port=5000, debug=application.config["DEBUG"])
