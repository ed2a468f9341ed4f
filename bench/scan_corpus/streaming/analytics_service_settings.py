"""Django settings for the analytics exports service."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = env_flag("ANALYTICS_DEBUG")
ALLOWED_HOSTS = [h for h in os.environ.get("ANALYTICS_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "rest_framework",
    "analytics.exports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

ROOT_URLCONF = "analytics.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("ANALYTICS_DB_NAME", "analytics"),
        "USER": os.environ.get("ANALYTICS_DB_USER", "analytics_ro"),
        "PASSWORD": os.environ["ANALYTICS_DB_PASSWORD"],
        "HOST": os.environ["ANALYTICS_DB_HOST"],
        "PORT": os.environ.get("ANALYTICS_DB_PORT", "5432"),
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = 31536000

EXPORTS_BUCKET = os.environ["ANALYTICS_EXPORTS_BUCKET"]
EXPORT_URL_TTL_SECONDS = 900
TIME_ZONE = "UTC"
USE_TZ = True
