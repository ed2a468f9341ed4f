"""Password handling for passengers' online booking accounts."""
import bcrypt
from flask import Blueprint, abort, jsonify, request, session

from wherryman.repositories import passengers

bp = Blueprint("passenger_accounts", __name__, url_prefix="/account")

PASSWORD_ROUNDS = 12
MIN_LENGTH = 10
MAX_LENGTH = 72


def hash_password(raw: str) -> bytes:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=PASSWORD_ROUNDS))


def password_ok(raw: str, stored: bytes) -> bool:
    return bcrypt.checkpw(raw.encode("utf-8"), stored)


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    password = data.get("password", "")
    if not MIN_LENGTH <= len(password.encode("utf-8")) <= MAX_LENGTH:
        abort(400, "password length out of range")
    if passengers.by_email(data["email"]) is not None:
        abort(409)
    account = passengers.create(
        email=data["email"],
        full_name=data.get("full_name", ""),
        password_hash=hash_password(password),
    )
    return jsonify({"id": account.id}), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    account = passengers.by_email(data.get("email", ""))
    if account is None or not password_ok(data.get("password", ""), account.password_hash):
        abort(401)
    session.clear()
    session["passenger_id"] = account.id
    return jsonify({"id": account.id, "name": account.full_name})
