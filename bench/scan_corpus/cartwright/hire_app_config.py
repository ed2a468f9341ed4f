"""Configuration classes for the hire-fleet booking Flask app."""
import os
import secrets


class BaseConfig:
    SECRET_KEY = os.environ.get("HIRE_SECRET_KEY")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    BOOKING_LEAD_DAYS = 3
    DEPOSIT_PERCENT = 25
    MAX_HIRE_DAYS = 14


class DevelopmentConfig(BaseConfig):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///hire-dev.db"


class TestConfig(BaseConfig):
    TESTING = True
    SECRET_KEY = secrets.token_hex(16)
    SQLALCHEMY_DATABASE_URI = "sqlite:///:memory:"


class ProductionConfig(BaseConfig):
    DEBUG = False
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    PREFERRED_URL_SCHEME = "https"


CONFIGS = {
    "development": DevelopmentConfig,
    "test": TestConfig,
    "production": ProductionConfig,
}


def config_for(name: str | None = None) -> type[BaseConfig]:
    name = name or os.environ.get("HIRE_ENV", "production")
    try:
        cfg = CONFIGS[name]
    except KeyError:
        raise RuntimeError(f"unknown HIRE_ENV {name!r}; expected one of {sorted(CONFIGS)}")
    if cfg is ProductionConfig:
        missing = [k for k in ("SECRET_KEY", "SQLALCHEMY_DATABASE_URI") if not getattr(cfg, k)]
        if missing:
            raise RuntimeError(f"production config missing: {', '.join(missing)}")
    return cfg
