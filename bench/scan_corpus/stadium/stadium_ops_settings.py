"""Django settings for the stadium operations back office.

Covers stewarding rotas, incident logging and CCTV export approvals. All
deployment-specific values come from the environment of the container.
"""
from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_list(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "stewarding",
    "incidents",
    "cctv_exports",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("OPS_DB_NAME", "stadium_ops"),
        "USER": os.environ.get("OPS_DB_USER", "stadium_ops"),
        "PASSWORD": os.environ["OPS_DB_PASSWORD"],
        "HOST": os.environ["OPS_DB_HOST"],
        "PORT": os.environ.get("OPS_DB_PORT", "5432"),
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": os.environ.get("OPS_DB_CA", "")},
    }
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
ROOT_URLCONF = "stadium_ops.urls"
STATIC_ROOT = BASE_DIR / "staticfiles"
TIME_ZONE = "Europe/London"
USE_TZ = True
