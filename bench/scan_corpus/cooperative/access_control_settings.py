"""Django settings for the access-control service (locks, keycards, intercom)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["ACCESS_DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("ACCESS_DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = [h for h in os.environ.get("ACCESS_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "access.locks",
    "access.keycards",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("ACCESS_DB_NAME", "access"),
        "USER": os.environ.get("ACCESS_DB_USER", "access"),
        "PASSWORD": os.environ["ACCESS_DB_PASSWORD"],
        "HOST": os.environ.get("ACCESS_DB_HOST", "localhost"),
        "PORT": os.environ.get("ACCESS_DB_PORT", "5432"),
    }
}

# Lock vendor integration. The key itself lives in the secrets manager and is
# injected as an environment variable by the deploy pipeline.
LOCKVENDOR_API_URL = os.environ.get("LOCKVENDOR_API_URL", "")
LOCKVENDOR_API_KEY = os.environ.get("LOCKVENDOR_API_KEY", "")
LOCKVENDOR_API_KEY_HEADER = "X-Api-Key"

KEYCARD_DATA_KEY_ENV = "KEYCARD_DATA_KEY"
PASSWORD_RESET_TIMEOUT = 60 * 60
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31_536_000
