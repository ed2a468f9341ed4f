"""Production settings for the rowing club member portal (Django)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"Missing required setting {name}")
    return value


SECRET_KEY = env("PORTAL_SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env("PORTAL_ALLOWED_HOSTS", "members.rowingclub.org.uk").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "members",
    "bookings",
    "regattas",
    "fees",
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

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env("PORTAL_DB_NAME", "rowing_club"),
        "USER": env("PORTAL_DB_USER", "portal_app"),
        "PASSWORD": env("PORTAL_DB_PASSWORD"),
        "HOST": env("PORTAL_DB_HOST", "localhost"),
        "PORT": env("PORTAL_DB_PORT", "5432"),
        "CONN_MAX_AGE": 60,
    }
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000

EMAIL_HOST = env("SMTP_HOST", "smtp.mailgun.org")
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = env("SMTP_USERNAME", "postmaster@mg.rowingclub.org.uk")
EMAIL_HOST_PASSWORD = env("SMTP_PASSWORD")

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_ROOT = Path(env("PORTAL_MEDIA_ROOT", "/srv/rowing/media"))
TIME_ZONE = "Europe/London"
USE_TZ = True
