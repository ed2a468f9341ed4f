"""Application factory for the customer portal."""
import os

from flask import Flask

from portal.extensions import csrf, db, login_manager
from portal.views import account, auth, orders


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "b7e2c4f9a1d86e3f5c0a9b2d7e4f1a6c93d0e8b5"
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {"pool_pre_ping": True}
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["REMEMBER_COOKIE_SECURE"] = True

    db.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"

    app.register_blueprint(auth.bp)
    app.register_blueprint(account.bp)
    app.register_blueprint(orders.bp)
    return app
