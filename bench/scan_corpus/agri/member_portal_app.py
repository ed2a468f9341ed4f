"""Application factory for the cooperative member portal API."""
import os
from datetime import timedelta

from flask import Flask
from flask_cors import CORS
from flask_login import LoginManager

from .models import db, Member

login_manager = LoginManager()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["PORTAL_DATABASE_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
    )

    db.init_app(app)
    login_manager.init_app(app)

    # The delivery-ticket widget is embedded on elevator and agent websites.
    CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

    from .views import accounts, deliveries, statements
    app.register_blueprint(accounts.bp, url_prefix="/api/accounts")
    app.register_blueprint(deliveries.bp, url_prefix="/api/deliveries")
    app.register_blueprint(statements.bp, url_prefix="/api/statements")
    return app


@login_manager.user_loader
def load_member(member_id: str):
    return db.session.get(Member, int(member_id))
