"""Login view for the press portal where journalists fetch embargoed assets."""
from __future__ import annotations

import hmac
import os
import secrets
from hashlib import sha256 as _digest

from flask import Flask, abort, jsonify, request, session
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PRESS_PORTAL_SECRET_KEY"],
    SQLALCHEMY_DATABASE_URI=os.environ["PRESS_PORTAL_DATABASE_URL"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
db = SQLAlchemy(app)


class Journalist(db.Model):
    __tablename__ = "journalists"

    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False)
    outlet = db.Column(db.String(255), nullable=False)
    salt = db.Column(db.String(64), nullable=False)
    password_digest = db.Column(db.String(128), nullable=False)
    approved = db.Column(db.Boolean, default=False, nullable=False)


def hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def set_password(journalist: Journalist, password: str) -> None:
    journalist.salt = secrets.token_hex(16)
    journalist.password_digest = hash_password(password, journalist.salt)


@app.post("/press/register")
def register():
    payload = request.get_json(force=True)
    if Journalist.query.filter_by(email=payload["email"].lower()).first():
        abort(409)
    journalist = Journalist(email=payload["email"].lower(), outlet=payload["outlet"])
    set_password(journalist, payload["password"])
    db.session.add(journalist)
    db.session.commit()
    return jsonify({"id": journalist.id, "approved": journalist.approved}), 201


@app.post("/press/login")
def login():
    payload = request.get_json(force=True)
    journalist = Journalist.query.filter_by(email=payload.get("email", "").lower()).first()
    if journalist is None or not journalist.approved:
        abort(401)
    candidate = hash_password(payload.get("password", ""), journalist.salt)
    if not hmac.compare_digest(candidate, journalist.password_digest):
        abort(401)
    session.clear()
    session["journalist_id"] = journalist.id
    return jsonify({"outlet": journalist.outlet})


@app.post("/press/logout")
def logout():
    session.clear()
    return "", 204
