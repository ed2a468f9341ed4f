"""Application factory for the public display-booking site.

Run locally with ``flask --app booking_app_factory run``; production runs
under gunicorn with ``booking_app_factory:create_app()``.
"""
from __future__ import annotations

import logging
import os

from flask import Flask, render_template
from flask_wtf.csrf import CSRFProtect

from .bookings import bp as bookings_bp
from .models import db

csrf = CSRFProtect()


def _env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


class Config:
    SECRET_KEY = os.environ.get("BOOKING_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("BOOKING_DATABASE_URL",
                                             "postgresql:///falconry_bookings")
    DEBUG = _env_flag("BOOKING_DEBUG", default=False)
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    MAX_DISPLAYS_PER_DAY = int(os.environ.get("MAX_DISPLAYS_PER_DAY", "2"))


def create_app(config: type[Config] = Config) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    if not app.config["SECRET_KEY"]:
        raise RuntimeError("BOOKING_SECRET_KEY must be set")

    db.init_app(app)
    csrf.init_app(app)
    app.register_blueprint(bookings_bp)

    @app.errorhandler(404)
    def not_found(_err):
        return render_template("errors/404.html"), 404

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    if not app.debug:
        logging.basicConfig(level=logging.INFO)
    return app


if __name__ == "__main__":
    application = create_app()
    application.run(host="127.0.0.1", port=5050, debug=application.config["DEBUG"])
