"""Flask app factory for the podcast subscriber API (used by the web player)."""
import os

from flask import Flask, jsonify, session
from flask_cors import CORS

PLAYER_ORIGINS = [
    o.strip() for o in os.environ.get("PODCAST_PLAYER_ORIGINS", "").split(",") if o.strip()
]


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PODCAST_API_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )
    CORS(
        app,
        resources={r"/api/*": {"origins": PLAYER_ORIGINS}},
        supports_credentials=True,
        methods=["GET", "POST", "DELETE"],
        max_age=600,
    )

    from .subscriptions import subscriptions_bp
    from .progress import progress_bp

    app.register_blueprint(subscriptions_bp, url_prefix="/api/subscriptions")
    app.register_blueprint(progress_bp, url_prefix="/api/progress")

    @app.get("/api/whoami")
    def whoami():
        return jsonify({"subscriber": session.get("subscriber_id")})

    return app
