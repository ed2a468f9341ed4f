"""Application factory for the LIMS REST API.

The API is consumed by the LIMS single-page frontend and by the instrument
bench tablets, both of which authenticate with the session cookie.
"""
import os

from flask import Flask
from flask_cors import CORS

from .api import samples, storage, runs
from .auth import login_manager

CORS_SETTINGS = {
    "resources": {r"/api/*": {"origins": "*"}},
    "supports_credentials": True,
    "expose_headers": ["X-Total-Count"],
    "max_age": 600,
}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["LIMS_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["LIMS_DATABASE_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )

    login_manager.init_app(app)
    CORS(app, **CORS_SETTINGS)

    app.register_blueprint(samples.bp, url_prefix="/api/samples")
    app.register_blueprint(storage.bp, url_prefix="/api/storage")
    app.register_blueprint(runs.bp, url_prefix="/api/runs")
    return app
