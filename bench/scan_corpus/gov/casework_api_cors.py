"""App factory for the case management JSON API.

The caseworker SPA and the partner-agency referral widgets are served
from different origins, so the API answers CORS requests itself.
"""
import os

from flask import Flask, request

from .cases import cases_bp
from .referrals import referrals_bp

ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-CSRF-Token, X-Requested-With"


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["CASEWORK_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["CASEWORK_DATABASE_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
        MAX_CONTENT_LENGTH=10 * 1024 * 1024,
    )

    app.register_blueprint(cases_bp, url_prefix="/api/cases")
    app.register_blueprint(referrals_bp, url_prefix="/api/referrals")

    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin")
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response.headers["Vary"] = "Origin"
        return response

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
