"""Django settings for the shop front and workshop back office."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes"}


SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = env_bool("DJANGO_DEBUG")
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "atelier.commissions",
    "atelier.repairs",
    "atelier.valuations",
    "atelier.hallmarking",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "atelier"),
        "USER": os.environ.get("POSTGRES_USER", "atelier"),
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
        "PORT": os.environ.get("POSTGRES_PORT", "5432"),
    }
}

METAL_PRICE_FEED = {
    "URL": os.environ.get("METALS_API_URL", "https://api.metalsdata.example/v1/latest"),
    "API_KEY": os.environ.get("METALS_API_KEY", ""),
    "REFRESH_SECONDS": int(os.environ.get("METALS_REFRESH_SECONDS", "300")),
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_ROOT = Path(os.environ.get("ATELIER_MEDIA_ROOT", BASE_DIR / "media"))
TIME_ZONE = "Europe/London"
USE_TZ = True
