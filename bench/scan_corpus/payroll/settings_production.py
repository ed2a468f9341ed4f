"""Production settings for the payroll back office."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "payroll"),
        "USER": os.environ.get("DB_USER", "payroll"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ["DB_HOST"],
        "PORT": os.environ.get("DB_PORT", "5432"),
        "CONN_MAX_AGE": 60,
    }
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Outbound file exchange with the clearing bank
BANK_SFTP = {
    "HOST": os.environ["BANK_SFTP_HOST"],
    "PORT": 22,
    "USERNAME": "pyrl_upload",
    "PASSWORD": "Vk7#mQ2!rT9wLp4z",
    "KNOWN_HOSTS": "/etc/payroll/known_hosts",
    "REMOTE_DIR": "/inbound/payments",
}

CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]
PAYSLIP_STORAGE_BUCKET = os.environ.get("PAYSLIP_BUCKET", "payroll-payslips-prod")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
