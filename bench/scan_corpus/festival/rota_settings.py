"""Django settings for the volunteer rota service."""
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Set the {name} environment variable")
    return value


SECRET_KEY = env("ROTA_SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env("ROTA_ALLOWED_HOSTS", "rota.example.org").split(",")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rota.shifts",
    "rota.volunteers",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env("ROTA_DB_NAME", "rota"),
        "USER": env("ROTA_DB_USER", "rota"),
        "PASSWORD": env("ROTA_DB_PASSWORD"),
        "HOST": env("ROTA_DB_HOST", "localhost"),
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

EMAIL_HOST = env("ROTA_SMTP_HOST", "localhost")
EMAIL_PORT = int(env("ROTA_SMTP_PORT", "587"))
EMAIL_HOST_USER = env("ROTA_SMTP_USER", "")
EMAIL_HOST_PASSWORD = env("ROTA_SMTP_PASSWORD", "")
EMAIL_USE_TLS = True

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True

TIME_ZONE = "Europe/London"
USE_TZ = True
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
