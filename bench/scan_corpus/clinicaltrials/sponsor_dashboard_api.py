"""Flask app serving the sponsor study dashboard API.

The dashboard SPA is hosted on the sponsor-facing domain and calls this
API with the user's session cookie, so only known origins are allowed.
"""
import os

from flask import Flask, jsonify
from flask_cors import CORS


def _allowed_origins() -> list[str]:
    raw = os.environ.get("DASHBOARD_ALLOWED_ORIGINS", "https://dashboard.sponsors.example-cro.com")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    if any(o == "*" or not o.startswith("https://") for o in origins):
        raise RuntimeError("DASHBOARD_ALLOWED_ORIGINS must list explicit https origins")
    return origins


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["DASHBOARD_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    CORS(
        app,
        resources={r"/api/*": {"origins": _allowed_origins()}},
        supports_credentials=True,
        methods=["GET", "POST"],
    )

    @app.get("/api/health")
    def health():
        return jsonify(status="ok")

    from dashboard.views import api as api_blueprint

    app.register_blueprint(api_blueprint, url_prefix="/api")
    return app
