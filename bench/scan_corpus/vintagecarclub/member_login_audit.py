"""Login for the members' area, with an audit trail of attempts."""
from __future__ import annotations

import logging
import sqlite3

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, current_app, g, jsonify, request, session

bp = Blueprint("auth", __name__)
audit = logging.getLogger("club.audit")
_hasher = PasswordHasher()


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["MEMBERS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _find_member(email: str) -> sqlite3.Row | None:
    return get_db().execute(
        "SELECT id, email, password_hash, active FROM members WHERE email = ?",
        (email,),
    ).fetchone()


def _verify(member: sqlite3.Row, password: str) -> bool:
    try:
        return _hasher.verify(member["password_hash"], password)
    except (VerifyMismatchError, InvalidHashError):
        return False


@bp.post("/login")
def login():
    form = request.form.to_dict()
    audit.info("Login attempt from %s: %s", request.remote_addr, form)
    email = form.get("email", "").strip().lower()
    password = form.get("password", "")

    member = _find_member(email)
    if member is None or not member["active"] or not _verify(member, password):
        audit.warning("Login failed for %s from %s", email, request.remote_addr)
        return jsonify(error="invalid email or password"), 401

    if _hasher.check_needs_rehash(member["password_hash"]):
        get_db().execute(
            "UPDATE members SET password_hash = ? WHERE id = ?",
            (_hasher.hash(password), member["id"]),
        )
        get_db().commit()

    session.clear()
    session["member_id"] = member["id"]
    audit.info("Member %s logged in from %s", member["id"], request.remote_addr)
    return jsonify(ok=True)


@bp.post("/logout")
def logout():
    member_id = session.pop("member_id", None)
    if member_id is not None:
        audit.info("Member %s logged out", member_id)
    return jsonify(ok=True)
