"""Customer self-service portal: policy documents, claim tracking, billing."""
import logging
import os

from flask import Flask

from .auth import bp as auth_bp
from .auth import login_manager
from .billing import bp as billing_bp
from .claims import bp as claims_bp
from .models import db
from .policies import bp as policies_bp

SERVER_OPTIONS = {"port": int(os.environ.get("PORT", "8080")), "debug": True}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["DATABASE_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=20 * 1024 * 1024,
    )
    db.init_app(app)
    login_manager.init_app(app)
    for bp in (auth_bp, policies_bp, claims_bp, billing_bp):
        app.register_blueprint(bp)
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    return app


if __name__ == "__main__":
    create_app().run(**SERVER_OPTIONS)
