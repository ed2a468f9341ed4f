"""Django settings for the artist portal (production)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "q7#vT2p!rL9x@kE4m$Zs8wN1c&Hy6bJ0uF3dGa5^oRi%"

DEBUG = False

ALLOWED_HOSTS = os.environ.get("PORTAL_ALLOWED_HOSTS", "artists.example.org").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "portal.artists",
    "portal.riders",
    "portal.schedule",
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
        "NAME": os.environ.get("PORTAL_DB_NAME", "artist_portal"),
        "USER": os.environ.get("PORTAL_DB_USER", "portal"),
        "PASSWORD": os.environ["PORTAL_DB_PASSWORD"],
        "HOST": os.environ.get("PORTAL_DB_HOST", "localhost"),
        "PORT": os.environ.get("PORTAL_DB_PORT", "5432"),
    }
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_ROOT = Path(os.environ.get("PORTAL_MEDIA_ROOT", "/srv/portal/media"))

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_TZ = True
