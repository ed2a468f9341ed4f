"""Flask app factory for the instructor web companion.

The instructor PWA is served from its own origin and calls this API with
the session cookie, so CORS allows credentials for the configured app
origins only.
"""
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_login import LoginManager, current_user, login_required


def _allowed_origins() -> list[str]:
    raw = os.environ.get("ZP_INSTRUCTOR_APP_ORIGINS", "")
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["ZP_INSTRUCTOR_API_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )
    CORS(
        app,
        resources={r"/api/*": {"origins": _allowed_origins()}},
        supports_credentials=True,
        methods=["GET", "POST", "PATCH"],
        max_age=600,
    )
    LoginManager(app)

    @app.get("/api/roster/today")
    @login_required
    def roster_today():
        return jsonify({"instructor": current_user.id, "sessions": current_user.sessions_today()})

    @app.patch("/api/sessions/<int:session_id>/headcount")
    @login_required
    def update_headcount(session_id: int):
        return jsonify({"session": session_id, "updated_by": current_user.id})

    @app.get("/api/health")
    def health():
        return jsonify({"status": "ok"})

    return app
