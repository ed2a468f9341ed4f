"""Configuration objects for the donor booking site.

Selected with ``DONOR_SITE_CONFIG`` (module path of one of these classes).
"""
import os
from datetime import timedelta

from werkzeug.utils import import_string


class BaseConfig:
    DEBUG = False
    TESTING = False
    JSON_SORT_KEYS = False
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAX_CONTENT_LENGTH = 2 * 1024 * 1024
    BOOKING_WINDOW_DAYS = 56
    PERMANENT_SESSION_LIFETIME = timedelta(minutes=30)

    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = True
    REMEMBER_COOKIE_HTTPONLY = True

    @property
    def SECRET_KEY(self) -> str:
        return os.environ["DONOR_SITE_SECRET_KEY"]

    @property
    def SQLALCHEMY_DATABASE_URI(self) -> str:
        return os.environ["DONOR_SITE_DATABASE_URL"]


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"
    SERVER_NAME = os.environ.get("DONOR_SITE_SERVER_NAME")


class StagingConfig(ProductionConfig):
    BOOKING_WINDOW_DAYS = 365
    SHOW_ENVIRONMENT_BANNER = True


def load(app) -> None:
    target = os.environ.get("DONOR_SITE_CONFIG", "bloodbank.donor_site_config.ProductionConfig")
    # instantiate so the properties above are resolved
    app.config.from_object(import_string(target)())
