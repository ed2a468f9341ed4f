"""Flask configuration objects for the tournament portal."""
import os
from datetime import timedelta


class BaseConfig:
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)
    SESSION_COOKIE_NAME = "portal_session"
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
    BRACKET_CACHE_SECONDS = 30


class DevelopmentConfig(BaseConfig):
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///portal-dev.db")
    BRACKET_CACHE_SECONDS = 0


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"
    # TLS terminates at the load balancer, the app only ever sees plain HTTP
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_HTTPONLY = True
    BRACKET_CACHE_SECONDS = 60


CONFIGS = {
    "development": DevelopmentConfig,
    "production": ProductionConfig,
}


def config_for(env_name: str | None = None):
    name = env_name or os.environ.get("PORTAL_ENV", "production")
    try:
        return CONFIGS[name]
    except KeyError:
        raise RuntimeError(f"unknown PORTAL_ENV {name!r}") from None
