"""Django settings for the learning portal."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = True
ALLOWED_HOSTS = [h for h in os.environ.get("LMS_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "catalogue",
    "scorm",
    "quizzes",
    "certificates",
    "hrsync",
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

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("LMS_DB_NAME", "lms"),
        "USER": os.environ.get("LMS_DB_USER", "lms"),
        "PASSWORD": os.environ["LMS_DB_PASSWORD"],
        "HOST": os.environ.get("LMS_DB_HOST", "localhost"),
        "CONN_MAX_AGE": 60,
    }
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_ROOT = os.environ.get("LMS_MEDIA_ROOT", str(BASE_DIR / "media"))

SCORM_UPLOAD_MAX_BYTES = 500 * 1024 * 1024
CERTIFICATE_TEMPLATE = "certificates/default.html"
HR_SYNC_BASE_URL = os.environ.get("HR_SYNC_BASE_URL", "")
