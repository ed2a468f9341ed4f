"""Application factory for the student portal (Flask)."""
from __future__ import annotations

import os
import secrets
from typing import Dict, Type

from flask import Flask


class BaseConfig:
    DEBUG = False
    TESTING = False
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAX_CONTENT_LENGTH = 50 * 1024 * 1024
    CERTIFICATE_ROOT = "/srv/lingua/certificates"


class DevelopmentConfig(BaseConfig):
    DEBUG = True
    SECRET_KEY = secrets.token_hex(32)
    SQLALCHEMY_DATABASE_URI = "sqlite:///portal-dev.sqlite3"
    CERTIFICATE_ROOT = "./var/certificates"


class TestConfig(BaseConfig):
    TESTING = True
    SECRET_KEY = secrets.token_hex(32)
    SQLALCHEMY_DATABASE_URI = "sqlite:///:memory:"


class ProductionConfig(BaseConfig):
    SQLALCHEMY_DATABASE_URI = os.environ.get("PORTAL_DATABASE_URL")


CONFIGS: Dict[str, Type[BaseConfig]] = {
    "development": DevelopmentConfig,
    "test": TestConfig,
    "production": ProductionConfig,
}


def create_app(env: str | None = None) -> Flask:
    env = env or os.environ.get("PORTAL_ENV", "production")
    app = Flask(__name__)
    app.config.from_object(CONFIGS[env])
    if env == "production" and not app.config["SECRET_KEY"]:
        raise RuntimeError("PORTAL_SECRET_KEY is required in production")

    from portal.certificates import bp as certificates_bp
    from portal.courses import bp as courses_bp

    app.register_blueprint(courses_bp)
    app.register_blueprint(certificates_bp)
    return app


if __name__ == "__main__":
    create_app("development").run(host="127.0.0.1", port=5000)
