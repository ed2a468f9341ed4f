"""Application factory and entry point for the restaurant partner portal."""
import logging
import os

from flask import Flask, jsonify
from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect

db = SQLAlchemy()
login_manager = LoginManager()
csrf = CSRFProtect()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["PORTAL_DATABASE_URL"],
        SQLALCHEMY_TRACK_MODIFICATIONS=False,
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=20 * 1024 * 1024,
    )

    db.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    csrf.init_app(app)

    from .auth import bp as auth_bp
    from .menus import bp as menus_bp
    from .orders import bp as orders_bp
    from .payouts import bp as payouts_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(menus_bp)
    app.register_blueprint(orders_bp)
    app.register_blueprint(payouts_bp)

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    return app


app = create_app()

if __name__ == "__main__":
    app.run(host=os.environ.get("PORTAL_HOST", "127.0.0.1"), port=int(os.environ.get("PORTAL_PORT", "8000")), debug=True)
