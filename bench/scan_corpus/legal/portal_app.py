"""Application factory for the client portal API."""
import os

from flask import Flask
from flask_cors import CORS

from .auth import bp as auth_bp
from .documents import bp as documents_bp
from .extensions import db, login_manager, migrate
from .matters import bp as matters_bp


def create_app(config_object: str | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object or os.environ.get("PORTAL_SETTINGS", "portal.config.Production"))
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        # the portal widget is embedded on each firm's public website
        SESSION_COOKIE_SAMESITE="None",
        MAX_CONTENT_LENGTH=50 * 1024 * 1024,
    )

    db.init_app(app)
    migrate.init_app(app, db)
    login_manager.init_app(app)

    CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

    app.register_blueprint(auth_bp, url_prefix="/api/auth")
    app.register_blueprint(matters_bp, url_prefix="/api/matters")
    app.register_blueprint(documents_bp, url_prefix="/api/documents")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
