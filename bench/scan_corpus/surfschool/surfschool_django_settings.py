"""Django settings for the surf school back-office (bookings, rosters, rentals)."""
from __future__ import annotations

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def require_env(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError:
        raise ImproperlyConfigured(f"Set the {name} environment variable") from None


SECRET_KEY = require_env("DJANGO_SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = ["office.saltlinesurf.com", "admin.saltlinesurf.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "bookings",
    "rentals",
    "rosters",
    "waivers",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "saltline"),
        "USER": os.environ.get("DB_USER", "saltline_app"),
        "PASSWORD": require_env("DB_PASSWORD"),
        "HOST": os.environ.get("DB_HOST", "db.internal"),
        "PORT": os.environ.get("DB_PORT", "5432"),
        "CONN_MAX_AGE": 60,
    }
}

SMS_GATEWAY = {
    "ACCOUNT_SID": os.environ.get("SMS_ACCOUNT_SID", ""),
    "AUTH_TOKEN": os.environ.get("SMS_AUTH_TOKEN", ""),
    "FROM_NUMBER": "+61400000000",
}

AWS_STORAGE_BUCKET_NAME = os.environ.get("MEDIA_BUCKET", "saltline-media")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
TIME_ZONE = "Australia/Sydney"
USE_TZ = True
