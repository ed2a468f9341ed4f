"""Django settings for the phishing triage portal (production)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["TRIAGE_SECRET_KEY"]

DEBUG = True

ALLOWED_HOSTS = [h for h in os.environ.get("TRIAGE_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "mozilla_django_oidc",
    "triage.reports",
    "triage.quarantine",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "triage.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("TRIAGE_DB_NAME", "triage"),
        "USER": os.environ.get("TRIAGE_DB_USER", "triage"),
        "PASSWORD": os.environ["TRIAGE_DB_PASSWORD"],
        "HOST": os.environ["TRIAGE_DB_HOST"],
        "PORT": os.environ.get("TRIAGE_DB_PORT", "5432"),
    }
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
TIME_ZONE = "UTC"
USE_TZ = True
