"""Flask application factory for the merchant portal API.

The portal SPA is served from a separate origin per environment and white-label
partners embed parts of it, so CORS is handled here rather than at the edge.
"""
import os

from flask import Flask, request
from flask_login import LoginManager

from bnpl.portal.auth import load_portal_user
from bnpl.portal.views import orders_bp, payouts_bp, settings_bp

login_manager = LoginManager()


def _apply_cors(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, OPTIONS"
        response.headers.add("Vary", "Origin")
    return response


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
        REMEMBER_COOKIE_SECURE=True,
        REMEMBER_COOKIE_HTTPONLY=True,
    )
    login_manager.init_app(app)
    login_manager.user_loader(load_portal_user)

    for bp in (orders_bp, payouts_bp, settings_bp):
        app.register_blueprint(bp, url_prefix="/api")
    app.after_request(_apply_cors)
    return app
