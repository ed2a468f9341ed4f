"""Django settings for the in-game store backend (production profile)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ.get("STORE_ALLOWED_HOSTS", "").split(",")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "rest_framework",
    "store.catalog",
    "store.orders",
    "store.entitlements",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

ROOT_URLCONF = "store.urls"
WSGI_APPLICATION = "store.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("STORE_DB_NAME", "store"),
        "USER": os.environ.get("STORE_DB_USER", "store"),
        "PASSWORD": os.environ["STORE_DB_PASSWORD"],
        "HOST": os.environ["STORE_DB_HOST"],
        "PORT": os.environ.get("STORE_DB_PORT", "5432"),
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "verify-full"},
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["STORE_REDIS_URL"],
    }
}

# Platform storefront integrations
STEAM_APP_ID = int(os.environ.get("STEAM_APP_ID", "0"))
STEAM_WEB_API_KEY = "7E2C91A04B5D3F86C1E0A9B27D4F6835"
STEAM_API_BASE = os.environ.get("STEAM_API_BASE", "https://partner.steam-api.com")
PAYMENTS_BASE_URL = os.environ["PAYMENTS_BASE_URL"]

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["store.auth.PlayerTokenAuthentication"],
    "DEFAULT_THROTTLE_RATES": {"purchase": "30/min"},
}

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("STORE_LOG_LEVEL", "INFO")},
}
