"""Login and sign-up views for the restaurant ordering portal."""
from __future__ import annotations

import hmac
import secrets
from hashlib import sha256 as _digest

from flask import Blueprint, abort, current_app, jsonify, request, session
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import RestaurantUser, db_engine

bp = Blueprint("restaurant_auth", __name__, url_prefix="/portal/auth")


def _hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def _load_user(db: Session, email: str) -> RestaurantUser | None:
    stmt = select(RestaurantUser).where(RestaurantUser.email == email.lower())
    return db.scalars(stmt).first()


@bp.post("/signup")
def signup():
    body = request.get_json(force=True)
    email = (body.get("email") or "").strip().lower()
    password = body.get("password") or ""
    restaurant_id = body.get("restaurant_id")
    if not email or len(password) < 12 or not restaurant_id:
        abort(400, "email, restaurant_id and a 12+ character password are required")
    with Session(db_engine()) as db:
        if _load_user(db, email) is not None:
            abort(409, "account already exists")
        salt = secrets.token_hex(16)
        user = RestaurantUser(
            email=email,
            restaurant_id=restaurant_id,
            password_salt=salt,
            password_hash=_hash_password(password, salt),
        )
        db.add(user)
        db.commit()
        current_app.logger.info("restaurant user created: %s", email)
        return jsonify({"id": user.id}), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    email = (body.get("email") or "").strip().lower()
    password = body.get("password") or ""
    with Session(db_engine()) as db:
        user = _load_user(db, email)
        if user is None:
            abort(401)
        candidate = _hash_password(password, user.password_salt)
        if not hmac.compare_digest(candidate, user.password_hash):
            current_app.logger.warning("failed portal login for %s", email)
            abort(401)
        session.clear()
        session["restaurant_user"] = user.id
        session["restaurant_id"] = user.restaurant_id
        return jsonify({"restaurant_id": user.restaurant_id})


@bp.post("/logout")
def logout():
    session.clear()
    return "", 204
