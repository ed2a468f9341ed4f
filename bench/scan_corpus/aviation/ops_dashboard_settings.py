"""Django settings for the hub operations dashboard."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "hubops.flights",
    "hubops.turnarounds",
    "hubops.weather",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "hubops.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("HUBOPS_DB_NAME", "hubops"),
        "USER": os.environ.get("HUBOPS_DB_USER", "hubops"),
        "PASSWORD": os.environ["HUBOPS_DB_PASSWORD"],
        "HOST": os.environ.get("HUBOPS_DB_HOST", "localhost"),
        "PORT": os.environ.get("HUBOPS_DB_PORT", "5432"),
    }
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

# Weather and flight-tracking integrations
AVWX_API_URL = os.environ.get("AVWX_API_URL", "https://avwx.rest/api")
AVWX_API_TOKEN = "Kx9vR2mQ7tLwP4zN8cYbH3fJ6dA1sE5gU0oVqWiT"
FLIGHT_TRACKING_URL = os.environ.get("FLIGHT_TRACKING_URL", "")

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
TIME_ZONE = "UTC"
USE_TZ = True
