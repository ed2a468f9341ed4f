"""Django settings for the MES shop-floor application (production profile).

Values that differ per plant or are sensitive are taken from the process
environment set by the container orchestrator.
"""
from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


SECRET_KEY = os.environ["MES_SECRET_KEY"]
DEBUG = env_flag("MES_DEBUG", default=False)
ALLOWED_HOSTS = env_list("MES_ALLOWED_HOSTS")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "glassworks.mes.furnaces",
    "glassworks.mes.forming",
    "glassworks.mes.quality",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("MES_DB_NAME", "mes"),
        "USER": os.environ.get("MES_DB_USER", "mes_app"),
        "PASSWORD": os.environ["MES_DB_PASSWORD"],
        "HOST": os.environ["MES_DB_HOST"],
        "PORT": os.environ.get("MES_DB_PORT", "5432"),
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
TIME_ZONE = os.environ.get("MES_TIME_ZONE", "Europe/Berlin")
USE_TZ = True
