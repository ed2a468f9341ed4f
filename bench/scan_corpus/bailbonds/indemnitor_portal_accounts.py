"""Indemnitor portal account registration and sign-in.

Indemnitors (co-signers) get a portal login to view the bond they guaranteed,
upload collateral paperwork and follow the payment plan.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import select

from .db import SessionLocal
from .models import IndemnitorAccount


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()

bp = Blueprint("indemnitor_accounts", __name__, url_prefix="/portal/accounts")


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(HASH_SETTINGS.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        HASH_SETTINGS.algorithm,
        password.encode("utf-8"),
        salt,
        HASH_SETTINGS.iterations,
    )
    return f"pbkdf2_{HASH_SETTINGS.algorithm}${HASH_SETTINGS.iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = stored.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


@bp.post("/register")
def register():
    payload = request.get_json(force=True)
    email = (payload.get("email") or "").strip().lower()
    password = payload.get("password") or ""
    bond_number = (payload.get("bond_number") or "").strip()
    if not email or len(password) < 12 or not bond_number:
        abort(400, "email, bond_number and a 12+ character password are required")

    with SessionLocal() as db:
        existing = db.scalar(select(IndemnitorAccount).where(IndemnitorAccount.email == email))
        if existing is not None:
            abort(409, "account already exists")
        account = IndemnitorAccount(
            email=email,
            bond_number=bond_number,
            password_hash=hash_password(password),
        )
        db.add(account)
        db.commit()
        return jsonify({"id": account.id, "email": account.email}), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    email = (payload.get("email") or "").strip().lower()
    password = payload.get("password") or ""

    with SessionLocal() as db:
        account = db.scalar(select(IndemnitorAccount).where(IndemnitorAccount.email == email))
        if account is None or not check_password(password, account.password_hash):
            abort(401, "invalid email or password")
        session.clear()
        session["indemnitor_id"] = account.id
        return jsonify({"id": account.id, "bond_number": account.bond_number})
