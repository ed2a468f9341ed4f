"""Flask application for the board portal (meeting minutes, votes, budgets)."""
import logging
import os

from flask import Flask
from flask_cors import CORS

from board.views import budgets, minutes, votes

log = logging.getLogger(__name__)


def _allowed_origins() -> list[str]:
    raw = os.environ.get("BOARD_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    for origin in origins:
        if origin == "*" or not origin.startswith("https://"):
            raise RuntimeError(f"refusing CORS origin {origin!r}")
    return origins


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["BOARD_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=20 * 1024 * 1024,
    )

    # the member portal (other domain) embeds the current-vote widget
    CORS(
        app,
        resources={r"/api/*": {"origins": _allowed_origins()}},
        supports_credentials=True,
        methods=["GET", "POST"],
        allow_headers=["Content-Type", "X-CSRFToken"],
    )

    app.register_blueprint(minutes.bp, url_prefix="/api/minutes")
    app.register_blueprint(votes.bp, url_prefix="/api/votes")
    app.register_blueprint(budgets.bp, url_prefix="/api/budgets")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    log.info("board portal configured")
    return app
