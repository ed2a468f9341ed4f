"""Flask configuration objects for the driver dispatch portal."""
import os
import secrets
from datetime import timedelta


class BaseConfig:
    SECRET_KEY = os.environ.get("DISPATCH_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DISPATCH_DATABASE_URL")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    PERMANENT_SESSION_LIFETIME = timedelta(hours=10)  # one delivery shift
    SESSION_COOKIE_NAME = "dispatch_session"
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    MAX_CONTENT_LENGTH = 12 * 1024 * 1024  # proof photos
    ROUTE_PLANNER_URL = os.environ.get("ROUTE_PLANNER_URL")


class ProductionConfig(BaseConfig):
    # TLS terminates at the load balancer; the app itself only sees HTTP
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_HTTPONLY = True
    PREFERRED_URL_SCHEME = "https"


class TestConfig(BaseConfig):
    TESTING = True
    SECRET_KEY = secrets.token_hex(32)
    SQLALCHEMY_DATABASE_URI = "sqlite://"


CONFIGS = {"production": ProductionConfig, "test": TestConfig}


def config_for(env_name: str | None = None):
    return CONFIGS[env_name or os.environ.get("DISPATCH_ENV", "production")]
