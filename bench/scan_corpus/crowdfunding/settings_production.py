"""Production settings for the crowdfunding web app."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = False

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "r9$kq!v2x#m7@t4p&w8z^c1n%b6j*h3e(u0y)l5g_f-d+s=a")

ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "fundright.app,www.fundright.app").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "campaigns",
    "pledges",
    "rewards",
    "payouts",
    "kyc",
]

DATABASES = {"default": dj_database_url.config(conn_max_age=600, ssl_require=True)}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 63072000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True

STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/srv/fundright/media"))
KYC_UPLOAD_ROOT = Path(os.environ.get("KYC_UPLOAD_ROOT", "/srv/fundright/kyc"))

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
