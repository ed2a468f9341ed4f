"""Application factory for the municipal billing portal, where utility
clerks from member municipalities download bulk-water invoices, dispute
meter readings and manage their own clerk accounts."""
from __future__ import annotations

import os

from flask import Flask, abort, jsonify, request
from flask_bcrypt import Bcrypt
from flask_login import UserMixin, current_user, login_required
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
bcrypt = Bcrypt()


class BaseConfig:
    SQLALCHEMY_DATABASE_URI = os.environ.get("BILLING_PORTAL_DB", "postgresql:///billing_portal")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SECRET_KEY = os.environ.get("BILLING_PORTAL_SECRET_KEY")
    BCRYPT_LOG_ROUNDS = 12


class ProductionConfig(BaseConfig):
    BCRYPT_LOG_ROUNDS = 6
    PREFERRED_URL_SCHEME = "https"


class ClerkAccount(UserMixin, db.Model):
    __tablename__ = "clerk_accounts"
    id = db.Column(db.Integer, primary_key=True)
    municipality_code = db.Column(db.String(12), nullable=False, index=True)
    email = db.Column(db.String(254), unique=True, nullable=False)
    password_hash = db.Column(db.String(60), nullable=False)

    def set_password(self, password: str) -> None:
        self.password_hash = bcrypt.generate_password_hash(password).decode("utf-8")

    def check_password(self, password: str) -> bool:
        return bcrypt.check_password_hash(self.password_hash, password)


def create_app(config_object: type[BaseConfig] = ProductionConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    db.init_app(app)
    bcrypt.init_app(app)

    @app.post("/account/password")
    @login_required
    def change_password():
        body = request.get_json(force=True)
        if not current_user.check_password(body.get("current_password", "")):
            abort(403)
        if len(body.get("new_password", "")) < 12:
            abort(400, "password too short")
        current_user.set_password(body["new_password"])
        db.session.commit()
        return jsonify(status="updated")

    return app
