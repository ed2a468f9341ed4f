"""Application factory for the data catalog web backend."""
import os

from flask import Flask
from flask_cors import CORS
from flask_login import LoginManager

from catalog.auth import load_user
from catalog.views import api_bp, ui_bp

login_manager = LoginManager()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["CATALOG_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["CATALOG_DATABASE_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=20 * 1024 * 1024,
    )

    login_manager.user_loader(load_user)
    login_manager.init_app(app)

    # the notebook and BI plugins call the API from their own origins
    CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

    app.register_blueprint(api_bp, url_prefix="/api")
    app.register_blueprint(ui_bp)
    return app
