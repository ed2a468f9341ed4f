"""Application factory for the donor-facing booking site."""
import logging
import os

from flask import Flask

from bloodbank.donor_site import bookings, questionnaire, profile
from bloodbank.extensions import db, login_manager, csrf

DEFAULT_CONFIG = {
    "DEBUG": True,
    "JSON_SORT_KEYS": False,
    "SESSION_COOKIE_SECURE": True,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SQLALCHEMY_TRACK_MODIFICATIONS": False,
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
    "BOOKING_WINDOW_DAYS": 56,
}


def create_app(overrides: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(DEFAULT_CONFIG)
    app.config["SECRET_KEY"] = os.environ["DONOR_SITE_SECRET_KEY"]
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DONOR_SITE_DATABASE_URL"]
    if overrides:
        app.config.update(overrides)

    db.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "profile.login"

    app.register_blueprint(bookings.bp)
    app.register_blueprint(questionnaire.bp)
    app.register_blueprint(profile.bp)

    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    return app


if __name__ == "__main__":
    create_app().run(port=int(os.environ.get("PORT", "8080")))
