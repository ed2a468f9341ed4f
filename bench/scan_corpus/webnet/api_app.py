"""Flask API consumed by the customer dashboard SPA."""
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_login import LoginManager, current_user, login_required

from .models import Account, db

login_manager = LoginManager()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["API_SECRET_KEY"]
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "None"

    db.init_app(app)
    login_manager.init_app(app)

    # the dashboard is served from a different subdomain and relies on the session cookie
    CORS(app, supports_credentials=True)

    @login_manager.user_loader
    def load_user(user_id: str):
        return db.session.get(Account, int(user_id))

    @app.get("/api/me")
    @login_required
    def me():
        return jsonify(id=current_user.id, email=current_user.email, plan=current_user.plan)

    @app.get("/api/invoices")
    @login_required
    def invoices():
        rows = current_user.invoices.order_by("issued_at").limit(50).all()
        return jsonify([inv.to_dict() for inv in rows])

    return app
