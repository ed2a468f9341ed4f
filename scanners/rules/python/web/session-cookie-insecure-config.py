from fastapi import FastAPI
from flask import Flask
from starlette.middleware.sessions import SessionMiddleware

app = Flask(__name__)

# ruleid: session-cookie-insecure-config
SESSION_COOKIE_SECURE = False
# ruleid: session-cookie-insecure-config
SESSION_COOKIE_HTTPONLY = False
# ruleid: session-cookie-insecure-config
CSRF_COOKIE_SECURE = False
# ruleid: session-cookie-insecure-config
app.config["SESSION_COOKIE_SECURE"] = False
# ruleid: session-cookie-insecure-config
app.config.update(SESSION_COOKIE_HTTPONLY=False)

# ok: session-cookie-insecure-config
SESSION_COOKIE_SECURE = True
# ok: session-cookie-insecure-config
app.config["SESSION_COOKIE_HTTPONLY"] = True
# ok: session-cookie-insecure-config
CSRF_COOKIE_HTTPONLY = False
# ok: session-cookie-insecure-config
SESSION_EXPIRE_AT_BROWSER_CLOSE = False


def create_review_app(settings):
    api = FastAPI()
    # ruleid: session-cookie-insecure-config
    api.add_middleware(SessionMiddleware, secret_key=settings.session_secret, https_only=False)
    # ok: session-cookie-insecure-config
    api.add_middleware(SessionMiddleware, secret_key=settings.session_secret, https_only=True)
    return api


class BaseConfig:
    SESSION_COOKIE_SECURE = True


class DevelopmentConfig(BaseConfig):
    DEBUG = True
    # ok: session-cookie-insecure-config
    SESSION_COOKIE_SECURE = False


class StagingConfig(BaseConfig):
    # ruleid: session-cookie-insecure-config
    SESSION_COOKIE_SECURE = False
