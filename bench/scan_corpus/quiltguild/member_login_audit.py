"""Member sign-in with an audit trail of login attempts."""
from __future__ import annotations

import logging
import sqlite3

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, abort, current_app, g, redirect, request, session

log = logging.getLogger("quiltguild.auth")
bp = Blueprint("member_login", __name__)
hasher = PasswordHasher()


def get_db() -> sqlite3.Connection:
    if "auth_db" not in g:
        g.auth_db = sqlite3.connect(current_app.config["MEMBERS_DB"])
    return g.auth_db


def _lookup(email: str) -> tuple[int, str] | None:
    return get_db().execute(
        "SELECT member_id, pw_hash FROM members WHERE email = ? AND active = 1",
        (email,),
    ).fetchone()


def _record_attempt(email: str, ok: bool) -> None:
    with get_db() as conn:
        conn.execute(
            "INSERT INTO login_attempts (email, ip, succeeded, at) "
            "VALUES (?, ?, ?, datetime('now'))",
            (email, request.remote_addr, int(ok)),
        )


@bp.post("/login")
def login():
    log.info("login attempt from %s: %s", request.remote_addr, request.form.to_dict())
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    if not email or not password:
        abort(400)
    row = _lookup(email)
    if row is None:
        _record_attempt(email, False)
        abort(401)
    member_id, pw_hash = row
    try:
        hasher.verify(pw_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        _record_attempt(email, False)
        log.warning("failed sign-in for %s", email)
        abort(401)
    if hasher.check_needs_rehash(pw_hash):
        with get_db() as conn:
            conn.execute(
                "UPDATE members SET pw_hash = ? WHERE member_id = ?",
                (hasher.hash(password), member_id),
            )
    _record_attempt(email, True)
    session.clear()
    session["member_id"] = member_id
    return redirect("/members/home")
