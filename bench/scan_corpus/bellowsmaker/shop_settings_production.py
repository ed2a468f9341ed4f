"""Django settings for the online shop in production (shop.bellowsworks.example).

Imported by the gunicorn service via DJANGO_SETTINGS_MODULE; the shared
defaults live in shop_settings_base.
"""
import os
from pathlib import Path

import dj_database_url

from .shop_settings_base import *

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DEBUG = True

ALLOWED_HOSTS = ["shop.bellowsworks.example", "www.bellowsworks.example"]
CSRF_TRUSTED_ORIGINS = ["https://shop.bellowsworks.example", "https://www.bellowsworks.example"]

DATABASES = {
    "default": dj_database_url.config(env="SHOP_DATABASE_URL", conn_max_age=300),
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["SHOP_REDIS_URL"],
    }
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31536000
SECURE_SSL_REDIRECT = True

STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_ROOT = Path(os.environ.get("SHOP_MEDIA_ROOT", "/srv/bellows/shop-media"))

EMAIL_HOST = os.environ.get("SHOP_SMTP_HOST", "mail.bellowsworks.example")
EMAIL_PORT = 465
EMAIL_USE_SSL = True
EMAIL_HOST_USER = os.environ.get("SHOP_SMTP_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("SHOP_SMTP_PASSWORD", "")
DEFAULT_FROM_EMAIL = "Bellows Works Shop <shop@bellowsworks.example>"

SHOP_CURRENCY = "EUR"
SHOP_SHIPPING_ZONES = ("DE", "AT", "CH", "NL", "BE", "FR", "IT")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {"django.request": {"level": "WARNING"}},
}
