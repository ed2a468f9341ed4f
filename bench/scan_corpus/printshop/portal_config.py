"""Flask configuration classes for the customer web-to-print portal.

Selected with PORTAL_CONFIG=printshop.portal_config.ProductionConfig.
"""
import os
from datetime import timedelta


class BaseConfig:
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_size": 10}

    DEBUG = False
    TESTING = False

    SESSION_COOKIE_NAME = "ps_portal"
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)

    # artwork uploads can be large multi-page PDFs
    MAX_CONTENT_LENGTH = 1024 * 1024 * 1024
    ARTWORK_ROOT = os.environ.get("ARTWORK_ROOT", "/srv/printshop/artwork")
    PROOF_ROOT = os.environ.get("PROOF_ROOT", "/srv/printshop/proofs")

    CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL")
    MAIL_SERVER = os.environ.get("MAIL_SERVER")
    MAIL_USE_TLS = True


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_size": 30}


class StagingConfig(ProductionConfig):
    PERMANENT_SESSION_LIFETIME = timedelta(hours=1)
