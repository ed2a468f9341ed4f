"""Application factory for the elevator delivery-ticket API."""
import os

from flask import Flask
from flask_cors import CORS

from .models import db


def _allowed_origins() -> list[str]:
    raw = os.environ.get("TICKETS_CORS_ORIGINS", "")
    origins = [o.strip() for o in raw.split(",") if o.strip()]
    if any(o == "*" for o in origins):
        raise RuntimeError("wildcard origin cannot be combined with credentialed CORS")
    return origins


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["TICKETS_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["TICKETS_DATABASE_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    db.init_app(app)

    # elevator and agent sites embed the ticket widget and call the API with the member session
    CORS(app, resources={r"/api/*": {"origins": _allowed_origins()}}, supports_credentials=True)

    from .views import tickets, scales
    app.register_blueprint(tickets.bp, url_prefix="/api/tickets")
    app.register_blueprint(scales.bp, url_prefix="/api/scales")
    return app
