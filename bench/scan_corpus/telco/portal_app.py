"""Application factory for the self-care portal."""
from __future__ import annotations

from datetime import timedelta

from flask import Flask, make_response, redirect, request, url_for
from flask_login import LoginManager
from flask_wtf import CSRFProtect

from selfcare.settings import settings

login_manager = LoginManager()
csrf = CSRFProtect()


class PortalConfig:
    SECRET_KEY = settings.secret_key
    SESSION_COOKIE_NAME = "sc_session"
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = True
    REMEMBER_COOKIE_HTTPONLY = True
    PERMANENT_SESSION_LIFETIME = timedelta(minutes=settings.session_lifetime_minutes)
    WTF_CSRF_TIME_LIMIT = 3600


def create_app(config: type = PortalConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    csrf.init_app(app)

    from selfcare.views import auth, dashboard, invoices

    app.register_blueprint(auth.bp)
    app.register_blueprint(dashboard.bp)
    app.register_blueprint(invoices.bp)

    @app.post("/preferences/language")
    def set_language():
        lang = request.form.get("lang", "en")
        if lang not in {"en", "es", "pl", "ro"}:
            lang = "en"
        resp = make_response(redirect(request.referrer or url_for("dashboard.index")))
        resp.set_cookie(
            "sc_lang", lang, max_age=31_536_000, secure=True, httponly=True, samesite="Lax"
        )
        return resp

    return app
