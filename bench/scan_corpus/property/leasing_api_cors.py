"""CORS handling for the leasing API used by the marketing site and the resident app."""
import os

from flask import Flask, request

TRUSTED_ORIGINS = frozenset(
    o.strip()
    for o in os.environ.get(
        "LEASING_CORS_ORIGINS",
        "https://www.example-residences.com,https://residents.example-residences.com",
    ).split(",")
    if o.strip()
)


def init_cors(app: Flask, allowed: frozenset[str] = TRUSTED_ORIGINS) -> None:
    @app.after_request
    def _cors(response):
        origin = request.headers.get("Origin")
        if origin and origin in allowed:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, PATCH, OPTIONS"
        response.headers.add("Vary", "Origin")
        return response


def create_app() -> Flask:
    from .views import leasing_bp

    app = Flask(__name__)
    app.config.from_prefixed_env("LEASING")
    app.register_blueprint(leasing_bp)
    init_cors(app)
    return app
