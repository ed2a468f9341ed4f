"""Production settings for the public listings site."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ["LISTINGS_ALLOWED_HOSTS"].split(",")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "listings",
    "inquiries",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("LISTINGS_DB_NAME", "listings"),
        "USER": os.environ.get("LISTINGS_DB_USER", "listings"),
        "PASSWORD": os.environ["LISTINGS_DB_PASSWORD"],
        "HOST": os.environ.get("LISTINGS_DB_HOST", "localhost"),
        "OPTIONS": {"sslmode": "require"},
    }
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 63072000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "listings.syndication": {"handlers": ["console"], "level": "DEBUG", "propagate": False},
        "django": {"handlers": ["console"], "level": "INFO"},
    },
}

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
