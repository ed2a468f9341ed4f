"""Flask configuration objects for the customer portal."""

import os
from datetime import timedelta


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} must be set")
    return value


class BaseConfig:
    DEBUG = False
    TESTING = False
    PROPAGATE_EXCEPTIONS = False
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = True
    REMEMBER_COOKIE_HTTPONLY = True
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)
    MAX_CONTENT_LENGTH = 20 * 1024 * 1024
    BOOKING_SLOT_MINUTES = 120


class ProductionConfig(BaseConfig):
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("PORTAL_DATABASE_URL", "")
    PREFERRED_URL_SCHEME = "https"


class StagingConfig(ProductionConfig):
    BOOKING_SLOT_MINUTES = 60


def config_for(name: str) -> type[BaseConfig]:
    cfg = {"production": ProductionConfig, "staging": StagingConfig}[name]
    if not cfg.SECRET_KEY:
        _required("PORTAL_SECRET_KEY")
    return cfg
