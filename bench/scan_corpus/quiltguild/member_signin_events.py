"""Sign-in handler for the member portal with structured security logging."""
from __future__ import annotations

import logging
import os

import bcrypt
from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import create_engine, text

security_log = logging.getLogger("quiltguild.security")
bp = Blueprint("signin", __name__)
engine = create_engine(os.environ["QUILTGUILD_DATABASE_URL"], pool_pre_ping=True)


class SignInAttempt:
    def __init__(self, email: str, password: str, remote_addr: str | None) -> None:
        self.email = email.strip().lower()
        self._password = password
        self.remote_addr = remote_addr or "unknown"

    def __repr__(self) -> str:
        return f"SignInAttempt(email={self.email!r}, remote_addr={self.remote_addr!r})"

    def check(self) -> int | None:
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT member_id, pw_hash FROM members WHERE email = :e AND active"),
                {"e": self.email},
            ).first()
        if row is None:
            return None
        if not bcrypt.checkpw(self._password.encode("utf-8"), row.pw_hash.encode("ascii")):
            return None
        return row.member_id


@bp.post("/signin")
def signin():
    form = request.get_json(silent=True) or {}
    email, password = form.get("email", ""), form.get("password", "")
    if not email or not password:
        abort(400)
    attempt = SignInAttempt(email, password, request.remote_addr)
    member_id = attempt.check()
    security_log.info(
        "sign-in %s for %s from %s",
        "succeeded" if member_id else "failed",
        attempt.email,
        attempt.remote_addr,
    )
    if member_id is None:
        abort(401)
    session.clear()
    session["member_id"] = member_id
    return jsonify({"member_id": member_id})
