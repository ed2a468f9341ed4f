"""Customer portal sign-up and sign-in for residential and commercial contracts."""

import hashlib
import hmac
import os
import secrets

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import engine
from .models import PortalUser

bp = Blueprint("portal_auth", __name__, url_prefix="/portal/auth")


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.sha256(salt + password.encode("utf-8")).hexdigest()
    return f"{salt.hex()}:{digest}"


def check_password(password: str, stored: str) -> bool:
    salt_hex, digest = stored.split(":", 1)
    candidate = hash_password(password, bytes.fromhex(salt_hex)).split(":", 1)[1]
    return hmac.compare_digest(candidate, digest)


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    password = body.get("password", "")
    contract_no = body.get("contract_no", "").strip()
    if not email or len(password) < 10 or not contract_no:
        abort(400, "email, contract number and a password of 10+ characters are required")
    with Session(engine) as db:
        if db.scalar(select(PortalUser).where(PortalUser.email == email)):
            abort(409, "account already exists")
        user = PortalUser(
            email=email,
            contract_no=contract_no,
            password_hash=hash_password(password),
        )
        db.add(user)
        db.commit()
        return jsonify({"id": user.id, "email": user.email}), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    with Session(engine) as db:
        user = db.scalar(select(PortalUser).where(PortalUser.email == email))
        if user is None or not check_password(body.get("password", ""), user.password_hash):
            abort(401, "invalid email or password")
        user.api_token = secrets.token_urlsafe(32)
        db.commit()
        return jsonify({"token": user.api_token, "contract_no": user.contract_no})
