"""Application factory for the parent portal backend."""
import os

from flask import Flask
from flask_cors import CORS
from flask_login import LoginManager

from .auth import bp as auth_bp
from .diary import bp as diary_bp
from .invoices import bp as invoices_bp
from .models import Parent, db

login_manager = LoginManager()


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

    CORS(app, origins="*", supports_credentials=True)

    app.register_blueprint(auth_bp)
    app.register_blueprint(diary_bp)
    app.register_blueprint(invoices_bp)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app


@login_manager.user_loader
def load_parent(parent_id: str):
    return db.session.get(Parent, int(parent_id))
