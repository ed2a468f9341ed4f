"""Password handling for the guest portal.

Guests sign in to view their yurt or pod booking, pay the balance and
see the status of their damage deposit.
"""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from flask import Blueprint, abort, jsonify, request, session

from .models import GuestAccount, db


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def make_hasher(cfg: Argon2Settings = Argon2Settings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=cfg.time_cost,
        memory_cost=cfg.memory_cost,
        parallelism=cfg.parallelism,
        hash_len=cfg.hash_len,
        salt_len=cfg.salt_len,
    )


hasher = make_hasher()
bp = Blueprint("guest_portal_auth", __name__, url_prefix="/portal")


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email = data["email"].strip().lower()
    password = data["password"]
    if len(password) < 10:
        abort(400, "password must be at least 10 characters")
    if GuestAccount.query.filter_by(email=email).first():
        abort(409, "account already exists")
    account = GuestAccount(email=email, password_hash=hasher.hash(password))
    db.session.add(account)
    db.session.commit()
    return jsonify({"id": account.id}), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    account = GuestAccount.query.filter_by(email=data.get("email", "").strip().lower()).first()
    if account is None:
        abort(401)
    try:
        hasher.verify(account.password_hash, data.get("password", ""))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        abort(401)
    if hasher.check_needs_rehash(account.password_hash):
        account.password_hash = hasher.hash(data["password"])
        db.session.commit()
    session.clear()
    session["guest_id"] = account.id
    return jsonify({"id": account.id})
