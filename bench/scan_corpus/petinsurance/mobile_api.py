"""Flask API backing the PawProtect iOS/Android app and the web dashboard."""
import os

from flask import Flask
from flask_cors import CORS

from .blueprints import claims, pets, policies, vets

WEB_ORIGINS = [
    o.strip() for o in os.environ.get("APP_WEB_ORIGINS", "").split(",") if o.strip()
]


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["APP_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        JSON_SORT_KEYS=False,
    )
    CORS(
        app,
        resources={r"/api/*": {"origins": WEB_ORIGINS}},
        supports_credentials=True,
        methods=["GET", "POST", "PATCH", "DELETE"],
        max_age=600,
    )
    for module in (claims, pets, policies, vets):
        app.register_blueprint(module.bp, url_prefix="/api")
    return app
