"""Entry point for the kilnhire booking site (firing slots and shelf space)."""
from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask, jsonify
from flask_login import LoginManager
from flask_wtf import CSRFProtect

RUN_OPTIONS = {"host": "0.0.0.0", "port": 8080, "debug": True, "use_reloader": False}

login_manager = LoginManager()
csrf = CSRFProtect()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["KILNHIRE_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["KILNHIRE_DATABASE_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
        MAX_CONTENT_LENGTH=8 * 1024 * 1024,
    )

    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    csrf.init_app(app)

    from kilnhire.views import auth, bookings, shelves

    app.register_blueprint(auth.bp)
    app.register_blueprint(bookings.bp)
    app.register_blueprint(shelves.bp)

    @app.get("/healthz")
    def healthz():
        return jsonify({"ok": True})

    return app


app = create_app()


if __name__ == "__main__":
    app.run(**RUN_OPTIONS)
