"""Django settings for the driver shift portal (depot deployment)."""
from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(int(default))).lower() in {"1", "true", "yes"}


SECRET_KEY = os.environ["SHIFT_PORTAL_SECRET_KEY"]
DEBUG = env_flag("SHIFT_PORTAL_DEBUG")
ALLOWED_HOSTS = [h for h in os.environ.get("SHIFT_PORTAL_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "shifts",
    "roster",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "shift_portal.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("SHIFT_DB_NAME", "shift_portal"),
        "USER": os.environ.get("SHIFT_DB_USER", "shift_portal"),
        "PASSWORD": os.environ.get("SHIFT_DB_PASSWORD", ""),
        "HOST": os.environ.get("SHIFT_DB_HOST", ""),
        "PORT": os.environ.get("SHIFT_DB_PORT", "5432"),
    }
}

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_AGE = 14 * 60 * 60
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
TIME_ZONE = "Europe/Helsinki"
USE_TZ = True
