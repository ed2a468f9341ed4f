"""Login endpoint used by the cleaner app before it downloads the day's round."""
import logging
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("cleaner_login", __name__, url_prefix="/app")
log = logging.getLogger("rounds.app.auth")
_hasher = PasswordHasher()


def _find_cleaner(email: str):
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT id, password_hash, active FROM cleaners WHERE email = :email"),
            {"email": email},
        ).first()


def _issue_session(cleaner_id: int) -> str:
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO app_sessions (cleaner_id, token, expires_at) "
                "VALUES (:cid, :tok, now() + interval '12 hours')"
            ),
            {"cid": cleaner_id, "tok": token},
        )
    return token


@bp.post("/login")
def login():
    form = request.form.to_dict()
    email = form.get("email", "").strip().lower()
    password = form.get("password", "")
    cleaner = _find_cleaner(email)

    ok = False
    if cleaner is not None and cleaner.active:
        try:
            ok = _hasher.verify(cleaner.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            ok = False

    if not ok:
        log.warning("Cleaner app login failed from %s: %s", request.remote_addr, form)
        return jsonify({"error": "Email or password not recognised"}), 401

    log.info("Cleaner %s signed in from app version %s", cleaner.id, form.get("app_version"))
    return jsonify({"token": _issue_session(cleaner.id)})
