"""Django settings for the ticket booking service."""
from __future__ import annotations

import os
from pathlib import Path


class Env:
    """Typed access to environment variables injected by the deploy pipeline."""

    @staticmethod
    def str(name: str, default: str | None = None) -> str:
        value = os.environ.get(name, default)
        if value is None:
            raise RuntimeError(f"missing environment variable {name}")
        return value

    @staticmethod
    def bool(name: str, default: bool = False) -> bool:
        return os.environ.get(name, str(default)).lower() in {"1", "true", "yes"}

    @staticmethod
    def list(name: str, default: str = "") -> list[str]:
        return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


env = Env()
BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = env.str("DJANGO_SECRET_KEY")
DEBUG = env.bool("DJANGO_DEBUG")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", "tickets.aquapark-example.com")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env.str("TICKETS_DB_NAME", "tickets"),
        "USER": env.str("TICKETS_DB_USER", "tickets_app"),
        "PASSWORD": env.str("TICKETS_DB_PASSWORD"),
        "HOST": env.str("TICKETS_DB_HOST", "db"),
        "PORT": env.str("TICKETS_DB_PORT", "5432"),
    }
}

PAYMENT_PROVIDER = {
    "merchant_id": env.str("PAYMENT_MERCHANT_ID"),
    "api_key": env.str("PAYMENT_API_KEY"),
    "webhook_secret": env.str("PAYMENT_WEBHOOK_SECRET"),
}

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "tickets",
    "season_passes",
]
STATIC_ROOT = BASE_DIR / "staticfiles"
