"""Login endpoints for the staff tablets carried on the library vans."""
from __future__ import annotations

import os
from datetime import timedelta

import bcrypt
from flask import Flask, abort, jsonify, request, session
from flask_sqlalchemy import SQLAlchemy

BCRYPT_ROUNDS = 8

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["STAFF_TABLET_SECRET_KEY"],
    SQLALCHEMY_DATABASE_URI=os.environ["STAFF_DB_URL"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Strict",
    PERMANENT_SESSION_LIFETIME=timedelta(hours=10),
)
db = SQLAlchemy(app)


class StaffMember(db.Model):
    __tablename__ = "staff_members"

    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(64), unique=True, nullable=False)
    password_hash = db.Column(db.LargeBinary(60), nullable=False)
    van_code = db.Column(db.String(8))
    active = db.Column(db.Boolean, default=True)

    def set_password(self, password: str) -> None:
        salt = bcrypt.gensalt(rounds=BCRYPT_ROUNDS)
        self.password_hash = bcrypt.hashpw(password.encode("utf-8"), salt)

    def check_password(self, password: str) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), self.password_hash)


@app.post("/api/staff/login")
def login():
    body = request.get_json(silent=True) or {}
    username = (body.get("username") or "").strip().lower()
    password = body.get("password") or ""
    member = StaffMember.query.filter_by(username=username, active=True).first()
    if member is None or not member.check_password(password):
        abort(401)
    session.clear()
    session["staff_id"] = member.id
    session["van_code"] = member.van_code
    session.permanent = True
    return jsonify({"username": member.username, "van": member.van_code})


@app.post("/api/staff/password")
def change_password():
    staff_id = session.get("staff_id")
    if staff_id is None:
        abort(401)
    body = request.get_json(silent=True) or {}
    member = db.session.get(StaffMember, staff_id)
    if member is None or not member.check_password(body.get("current", "")):
        abort(403)
    new_password = body.get("new", "")
    if len(new_password) < 12:
        return jsonify({"error": "password must be at least 12 characters"}), 400
    member.set_password(new_password)
    db.session.commit()
    return jsonify({"status": "changed"})


@app.post("/api/staff/logout")
def logout():
    session.clear()
    return jsonify({"status": "signed out"})
