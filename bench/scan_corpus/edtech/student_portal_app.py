"""Application factory for the student self-service portal."""
import logging
import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect

db = SQLAlchemy()
csrf = CSRFProtect()


class PortalConfig:
    SECRET_KEY = os.environ["PORTAL_SECRET_KEY"]
    SQLALCHEMY_DATABASE_URI = os.environ["PORTAL_DATABASE_URL"]
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_recycle": 1800}
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PREFERRED_URL_SCHEME = "https"
    DEBUG = True
    MAX_CONTENT_LENGTH = 20 * 1024 * 1024


def create_app(config: type = PortalConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    db.init_app(app)
    csrf.init_app(app)

    from .views import account, enrolment, timetable, transcripts

    for module in (account, enrolment, timetable, transcripts):
        app.register_blueprint(module.bp)

    logging.basicConfig(level=logging.INFO)
    return app


app = create_app()

if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "5000")))
