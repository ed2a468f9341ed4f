"""Django settings for the museum client portal (production)."""
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"missing environment variable {name}")
    return value


SECRET_KEY = env("PORTAL_SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env("PORTAL_ALLOWED_HOSTS", "portal.gilder-studio.example").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "portal.records",
    "portal.reports",
    "portal.valuations",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env("PORTAL_DB_NAME", "gilder_portal"),
        "USER": env("PORTAL_DB_USER", "portal"),
        "PASSWORD": env("PORTAL_DB_PASSWORD"),
        "HOST": env("PORTAL_DB_HOST", "localhost"),
        "PORT": env("PORTAL_DB_PORT", "5432"),
    }
}

INSURER_API_TOKEN = env("INSURER_API_TOKEN")
REPORT_STORAGE_ROOT = Path(env("PORTAL_REPORT_ROOT", str(BASE_DIR / "reports")))

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_SSL_REDIRECT = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
TIME_ZONE = "Europe/Amsterdam"
USE_TZ = True
