"""Django settings for the arrangement office (staff) site - production.

Imported by DJANGO_SETTINGS_MODULE=fhgroup.settings.production.
"""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("STAFF_ALLOWED_HOSTS", "").split(",") if h.strip()]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True

# Directors often leave a terminal logged in at the arrangement desk.
SESSION_COOKIE_AGE = 60 * 60 * 4
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_NAME = "fh_staff_sid"

CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = False  # the calendar's fetch() calls read it for the X-CSRFToken header
CSRF_TRUSTED_ORIGINS = [f"https://{h}" for h in ALLOWED_HOSTS]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("STAFF_DB_NAME", "arrangements"),
        "USER": os.environ.get("STAFF_DB_USER", "arrangements"),
        "PASSWORD": os.environ["STAFF_DB_PASSWORD"],
        "HOST": os.environ["STAFF_DB_HOST"],
        "PORT": os.environ.get("STAFF_DB_PORT", "5432"),
        "OPTIONS": {"sslmode": "verify-full"},
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
