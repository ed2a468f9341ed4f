"""Entry point for the policyholder claims portal (Flask).

Serves the claim status pages, document upload and the message centre.
Run with ``python claims_portal_app.py`` on the portal hosts.
"""
from __future__ import annotations

import os

from flask import Flask, render_template
from flask_login import LoginManager, login_required

from portal.auth import bp as auth_bp, load_user
from portal.claims import bp as claims_bp
from portal.messages import bp as messages_bp

RUN_OPTIONS = {"port": int(os.environ.get("PORTAL_PORT", "8080")), "debug": True, "use_reloader": False}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["PORTAL_DATABASE_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=25 * 1024 * 1024,
    )
    login_manager = LoginManager(app)
    login_manager.login_view = "auth.login"
    login_manager.user_loader(load_user)

    app.register_blueprint(auth_bp)
    app.register_blueprint(claims_bp)
    app.register_blueprint(messages_bp)

    @app.get("/")
    @login_required
    def dashboard():
        return render_template("dashboard.html")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app


if __name__ == "__main__":
    create_app().run(host=os.environ.get("PORTAL_HOST", "127.0.0.1"), **RUN_OPTIONS)
