"""Application factory for the client portal API."""
import os

from flask import Flask
from flask_cors import CORS

from .auth import bp as auth_bp
from .extensions import db, login_manager
from .matters import bp as matters_bp
from .public import bp as public_bp


def _allowed_origins() -> list[str]:
    raw = os.environ.get("PORTAL_ALLOWED_ORIGINS", "")
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    db.init_app(app)
    login_manager.init_app(app)

    CORS(
        app,
        resources={
            # office locations and attorney directory, no cookies involved
            r"/api/public/*": {"origins": "*", "supports_credentials": False},
            r"/api/*": {"origins": _allowed_origins(), "supports_credentials": True},
        },
    )

    app.register_blueprint(public_bp, url_prefix="/api/public")
    app.register_blueprint(auth_bp, url_prefix="/api/auth")
    app.register_blueprint(matters_bp, url_prefix="/api/matters")
    return app
