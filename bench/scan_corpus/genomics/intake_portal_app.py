"""Sample intake portal: requisition submission and specimen tracking."""
import logging
import os

from flask import Flask, render_template
from flask_login import LoginManager
from flask_wtf import CSRFProtect

from intake.db import db
from intake.models import PortalUser
from intake.views import auth, requisitions, specimens

login_manager = LoginManager()
csrf = CSRFProtect()


@login_manager.user_loader
def load_user(user_id: str):
    return db.session.get(PortalUser, int(user_id))


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["INTAKE_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["INTAKE_DATABASE_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=True,
        REMEMBER_COOKIE_HTTPONLY=True,
        MAX_CONTENT_LENGTH=20 * 1024 * 1024,
    )

    db.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"

    app.register_blueprint(auth.bp)
    app.register_blueprint(requisitions.bp, url_prefix="/requisitions")
    app.register_blueprint(specimens.bp, url_prefix="/specimens")

    @app.errorhandler(404)
    def not_found(_err):
        return render_template("errors/404.html"), 404

    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")), debug=True)
