"""Flask configuration for the store POS web service.

Values that differ between stores or contain credentials come from the
environment; the rest are fixed here.
"""
import os
from datetime import timedelta


class Config:
    DEBUG = False
    TESTING = False
    PROPAGATE_EXCEPTIONS = False

    SECRET_KEY = os.environ.get("POS_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("POS_DATABASE_URL")
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_recycle": 1800}

    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=9)  # one shift

    MAX_CONTENT_LENGTH = 15 * 1024 * 1024
    INTAKE_PHOTO_ROOT = os.environ.get("INTAKE_PHOTO_ROOT", "/var/lib/pos/photos")
    RECEIPT_PRINTER = os.environ.get("RECEIPT_PRINTER", "counter-1")


def load_config(app) -> None:
    app.config.from_object(Config)
    missing = [k for k in ("SECRET_KEY", "SQLALCHEMY_DATABASE_URI") if not app.config.get(k)]
    if missing:
        raise RuntimeError(f"missing required settings: {', '.join(missing)}")
