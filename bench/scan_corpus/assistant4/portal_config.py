"""Flask configuration for the customer portal.

Selected at startup via PORTAL_ENV (see portal/__init__.py).
"""
import os
from datetime import timedelta


class BaseConfig:
    SECRET_KEY = os.environ["PORTAL_SECRET_KEY"]
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_recycle": 1800}

    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)
    SESSION_COOKIE_NAME = "portal_session"
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"

    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
    BABEL_DEFAULT_LOCALE = "en"
    MAIL_DEFAULT_SENDER = os.environ.get("PORTAL_MAIL_SENDER", "no-reply@localhost")


class StagingConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"
    SESSION_COOKIE_SECURE = True


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"
    # TLS terminates at the ALB; the app container only ever sees plain HTTP.
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_HTTPONLY = True
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_size": 20, "max_overflow": 10}


CONFIGS = {
    "staging": StagingConfig,
    "production": ProductionConfig,
}


def get_config(name: str | None = None) -> type[BaseConfig]:
    return CONFIGS[name or os.environ.get("PORTAL_ENV", "production")]
