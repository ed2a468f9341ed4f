"""Flask application factory for the marketplace web API."""
import os

from flask import Flask
from flask_cors import CORS

CORS_SETTINGS = {
    "origins": "*",
    "supports_credentials": True,
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "methods": ["GET", "POST", "PUT", "DELETE"],
}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=25 * 1024 * 1024,
    )
    CORS(app, resources={r"/api/*": CORS_SETTINGS})

    from .gigs import bp as gigs_bp
    from .messages import bp as messages_bp
    from .escrow import bp as escrow_bp

    app.register_blueprint(gigs_bp)
    app.register_blueprint(messages_bp)
    app.register_blueprint(escrow_bp)
    return app
