"""Django settings for the comment moderation service."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ["MODERATION_SECRET_KEY"]
DEBUG = env_bool("MODERATION_DEBUG", default=False)
ALLOWED_HOSTS = [h for h in os.environ.get("MODERATION_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "moderation",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "moderation_service.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("MODERATION_DB_NAME", "moderation"),
        "USER": os.environ.get("MODERATION_DB_USER", "moderation"),
        "PASSWORD": os.environ["MODERATION_DB_PASSWORD"],
        "HOST": os.environ["MODERATION_DB_HOST"],
    }
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = not DEBUG

TOXICITY_THRESHOLD = float(os.environ.get("TOXICITY_THRESHOLD", "0.82"))
STATIC_URL = "/static/"
USE_TZ = True
