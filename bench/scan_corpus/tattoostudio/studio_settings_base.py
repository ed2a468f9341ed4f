"""Base Django settings shared by every Inkhouse deployment."""
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Set the {name} environment variable")
    return value


SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DJANGO_DEBUG", "false").lower() == "true"
ALLOWED_HOSTS = env("ALLOWED_HOSTS", "bookings.inkhouse.studio").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env("DB_NAME", "inkhouse"),
        "USER": env("DB_USER", "inkhouse"),
        "PASSWORD": env("DB_PASSWORD"),
        "HOST": env("DB_HOST", "localhost"),
        "PORT": env("DB_PORT", "5432"),
    }
}

STRIPE = {
    "SECRET_KEY": env("STRIPE_SECRET_KEY"),
    "PUBLISHABLE_KEY": env("STRIPE_PUBLISHABLE_KEY"),
    "WEBHOOK_SECRET": env("STRIPE_WEBHOOK_SECRET"),
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True

MEDIA_ROOT = Path(env("MEDIA_ROOT", "/srv/inkhouse/media"))
CONSENT_ARCHIVE_ROOT = Path(env("CONSENT_ARCHIVE_ROOT", "/srv/inkhouse/consent"))
TIME_ZONE = "Europe/London"
USE_TZ = True
