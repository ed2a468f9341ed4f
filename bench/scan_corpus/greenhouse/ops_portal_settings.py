"""Django settings for the greenhouse operations portal."""
import os
from pathlib import Path


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["OPS_PORTAL_SECRET_KEY"]
DEBUG = env_flag("OPS_PORTAL_DEBUG")
ALLOWED_HOSTS = os.environ.get("OPS_PORTAL_ALLOWED_HOSTS", "").split()

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "ops.harvest",
    "ops.spray_records",
    "ops.orders",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("OPS_DB_NAME", "ops"),
        "USER": os.environ.get("OPS_DB_USER", "ops"),
        "PASSWORD": os.environ.get("OPS_DB_PASSWORD", ""),
        "HOST": os.environ.get("OPS_DB_HOST", "localhost"),
        "PORT": os.environ.get("OPS_DB_PORT", "5432"),
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = 0 if DEBUG else 31536000
SECURE_SSL_REDIRECT = env_flag("OPS_PORTAL_SSL_REDIRECT", default=not DEBUG)

TIME_ZONE = "UTC"
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
