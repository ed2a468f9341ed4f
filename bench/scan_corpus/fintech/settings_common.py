"""Django settings shared by the lending platform's web and worker processes."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes"}


SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("LENDING_DB_NAME", "lending"),
        "USER": os.environ.get("LENDING_DB_USER", "lending_app"),
        "PASSWORD": os.environ["LENDING_DB_PASSWORD"],
        "HOST": os.environ["LENDING_DB_HOST"],
        "PORT": os.environ.get("LENDING_DB_PORT", "5432"),
        "OPTIONS": {"sslmode": "verify-full"},
    }
}

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 3600

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000

# Partner API authentication
PARTNER_API_KEY_HEADER = "HTTP_X_PARTNER_KEY"
PARTNER_API_KEY_PREFIX = "pk_"
CREDIT_BUREAU_API_KEY = os.environ.get("CREDIT_BUREAU_API_KEY", "")
CREDIT_BUREAU_BASE_URL = os.environ.get("CREDIT_BUREAU_BASE_URL", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
