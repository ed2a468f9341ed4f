"""Django settings for the billing back-office (invoicing, exports, dunning)."""
from __future__ import annotations

import os
from pathlib import Path


def _required(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError as exc:
        raise RuntimeError(f"missing required setting {name}") from exc


BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = _required("BILLING_DJANGO_SECRET_KEY")
ALLOWED_HOSTS = [h for h in os.environ.get("BILLING_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "billing.invoices",
    "billing.exports",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("BILLING_DB_NAME", "billing"),
        "USER": os.environ.get("BILLING_DB_USER", "billing_app"),
        "PASSWORD": _required("BILLING_DB_PASSWORD"),
        "HOST": _required("BILLING_DB_HOST"),
        "PORT": os.environ.get("BILLING_DB_PORT", "5432"),
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/rds-ca.pem"},
        "CONN_MAX_AGE": 60,
    }
}

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

EXPORT_SFTP = {
    "username": os.environ.get("BILLING_SFTP_USER", "voltgrid-exports"),
    "private_key_path": os.environ.get("BILLING_SFTP_KEY", "/run/secrets/billing_sftp_key"),
    "remote_dir": "/inbound/voltgrid",
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

TIME_ZONE = "Europe/Berlin"
USE_TZ = True
STATIC_ROOT = BASE_DIR / "static"
