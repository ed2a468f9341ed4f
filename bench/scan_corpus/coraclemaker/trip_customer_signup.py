"""Sign-up and sign-in for river-trip customers (Flask views)."""
from __future__ import annotations

import bcrypt
from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy.exc import IntegrityError

from .extensions import db
from .models import Customer

bp = Blueprint("customer_auth", __name__, url_prefix="/account")

BCRYPT_ROUNDS = 12
MIN_PASSWORD_LENGTH = 10


def _hash(password: str) -> str:
    salt = bcrypt.gensalt(rounds=BCRYPT_ROUNDS)
    return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")


def _verify(password: str, stored: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))


@bp.post("/signup")
def signup():
    data = request.get_json(force=True)
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    if "@" not in email:
        abort(400, "a valid email address is required")
    if len(password.encode("utf-8")) > 72 or len(password) < MIN_PASSWORD_LENGTH:
        abort(400, "password must be between 10 and 72 bytes long")
    customer = Customer(
        email=email,
        full_name=data.get("name", ""),
        password_hash=_hash(password),
    )
    db.session.add(customer)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        abort(409, "an account with that email already exists")
    session.clear()
    session["customer_id"] = customer.id
    return jsonify({"id": customer.id}), 201


@bp.post("/signin")
def signin():
    data = request.get_json(force=True)
    email = (data.get("email") or "").strip().lower()
    customer = Customer.query.filter_by(email=email).first()
    if customer is None or not _verify(data.get("password") or "", customer.password_hash):
        abort(401, "wrong email or password")
    session.clear()
    session["customer_id"] = customer.id
    return jsonify({"id": customer.id, "name": customer.full_name})
