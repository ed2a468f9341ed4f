"""Sign-in for trade dealers who buy wholesale from the back catalogue."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, abort, jsonify, request, session

from .db import get_db

bp = Blueprint("dealer_auth", __name__, url_prefix="/trade")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32)


def hash_dealer_password(raw: str) -> str:
    return _hasher.hash(raw)


def _load_dealer(email: str):
    return get_db().execute(
        "SELECT id, email, company, password_hash FROM dealers WHERE email = ?",
        (email.strip().lower(),),
    ).fetchone()


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    if _load_dealer(email):
        abort(409)
    db = get_db()
    db.execute(
        "INSERT INTO dealers (email, company, password_hash) VALUES (?, ?, ?)",
        (email, body.get("company", ""), hash_dealer_password(body["password"])),
    )
    db.commit()
    return jsonify(status="created"), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    dealer = _load_dealer(body.get("email", ""))
    if dealer is None:
        abort(401)
    try:
        _hasher.verify(dealer["password_hash"], body.get("password", ""))
    except (VerifyMismatchError, InvalidHashError):
        abort(401)
    if _hasher.check_needs_rehash(dealer["password_hash"]):
        db = get_db()
        db.execute(
            "UPDATE dealers SET password_hash = ? WHERE id = ?",
            (hash_dealer_password(body["password"]), dealer["id"]),
        )
        db.commit()
    session.clear()
    session["dealer_id"] = dealer["id"]
    return jsonify(company=dealer["company"])
