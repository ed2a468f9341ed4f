"""Django settings for the repair-intake site used when barrels come back from customers."""

from __future__ import annotations

import os
from pathlib import Path


class EnvFlags:
    """Reads boolean and list settings from the environment of the container."""

    truthy = {"1", "true", "yes", "on"}

    @classmethod
    def flag(cls, name: str, default: bool = False) -> bool:
        raw = os.environ.get(name)
        return default if raw is None else raw.strip().lower() in cls.truthy

    @staticmethod
    def items(name: str, default: str = "") -> list[str]:
        return [part.strip() for part in os.environ.get(name, default).split(",") if part.strip()]


BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = EnvFlags.flag("REPAIR_INTAKE_DEBUG")
ALLOWED_HOSTS = EnvFlags.items("REPAIR_INTAKE_HOSTS", "repairs.cooperage.internal")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "intake.apps.IntakeConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "intake.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("REPAIR_DB_NAME", "repairs"),
        "USER": os.environ.get("REPAIR_DB_USER", "repairs"),
        "PASSWORD": os.environ.get("REPAIR_DB_PASSWORD", ""),
        "HOST": os.environ.get("REPAIR_DB_HOST", "localhost"),
    }
}

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
