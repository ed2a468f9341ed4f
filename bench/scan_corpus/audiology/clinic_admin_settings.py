"""Django settings for the clinic administration back office."""
from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = env_flag("CLINIC_ADMIN_DEBUG")
ALLOWED_HOSTS = env_list("CLINIC_ADMIN_HOSTS", "admin.clearsound-clinics.example")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "clinics",
    "appointments",
    "fittings",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("CLINIC_ADMIN_DB", "clinic_admin"),
        "HOST": os.environ.get("CLINIC_ADMIN_DB_HOST", "localhost"),
        "USER": os.environ.get("CLINIC_ADMIN_DB_USER", "clinic_admin"),
        "PASSWORD": os.environ.get("CLINIC_ADMIN_DB_PASSWORD", ""),
    }
}

STATIC_ROOT = BASE_DIR / "static"
TIME_ZONE = "Europe/London"
USE_TZ = True
