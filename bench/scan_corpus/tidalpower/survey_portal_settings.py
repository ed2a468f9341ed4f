"""Django settings for the environmental survey data portal."""

from __future__ import annotations

import os
from pathlib import Path


def _env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["SURVEY_PORTAL_SECRET_KEY"]
DEBUG = os.environ.get("SURVEY_PORTAL_DEBUG", "0") == "1"
ALLOWED_HOSTS = _env_list("SURVEY_PORTAL_ALLOWED_HOSTS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "surveys",
    "observations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "survey_portal.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("SURVEY_DB_NAME", "survey_portal"),
        "USER": os.environ["SURVEY_DB_USER"],
        "PASSWORD": os.environ["SURVEY_DB_PASSWORD"],
        "HOST": os.environ["SURVEY_DB_HOST"],
        "PORT": os.environ.get("SURVEY_DB_PORT", "5432"),
        "OPTIONS": {"sslmode": "verify-full"},
    }
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_ROOT = Path(os.environ.get("SURVEY_MEDIA_ROOT", str(BASE_DIR / "media")))

TIME_ZONE = "Europe/London"
USE_TZ = True
