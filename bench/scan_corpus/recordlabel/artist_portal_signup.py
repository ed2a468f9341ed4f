"""Sign-up and login endpoints for the artist portal.

Artists invited by their A&R contact create an account here to see royalty
statements and approve artwork.
"""
from __future__ import annotations

import os

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Flask, abort, jsonify, request, session
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["ARTIST_PORTAL_SECRET_KEY"],
    SQLALCHEMY_DATABASE_URI=os.environ["ARTIST_PORTAL_DATABASE_URL"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
db = SQLAlchemy(app)
hasher = PasswordHasher()


class ArtistUser(db.Model):
    __tablename__ = "artist_users"

    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False)
    artist_id = db.Column(db.Integer, nullable=False)
    password_hash = db.Column(db.String(255), nullable=False)


@app.post("/portal/signup")
def signup():
    payload = request.get_json(force=True)
    password = payload.get("password", "")
    if len(password) < 12:
        abort(400, "password must be at least 12 characters")
    email = payload["email"].strip().lower()
    if ArtistUser.query.filter_by(email=email).first():
        abort(409)
    user = ArtistUser(
        email=email,
        artist_id=int(payload["artist_id"]),
        password_hash=hasher.hash(password),
    )
    db.session.add(user)
    db.session.commit()
    return jsonify({"id": user.id}), 201


@app.post("/portal/login")
def login():
    payload = request.get_json(force=True)
    user = ArtistUser.query.filter_by(email=payload.get("email", "").strip().lower()).first()
    if user is None:
        abort(401)
    try:
        hasher.verify(user.password_hash, payload.get("password", ""))
    except (VerifyMismatchError, InvalidHashError):
        abort(401)
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(payload["password"])
        db.session.commit()
    session.clear()
    session["artist_user_id"] = user.id
    return jsonify({"artist_id": user.artist_id})
