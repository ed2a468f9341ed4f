"""Login for school contacts who book marionette shows through the portal."""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from typing import Optional, Tuple

from flask import Blueprint, abort, current_app, g, jsonify, request, session

bp = Blueprint("school_portal", __name__, url_prefix="/schools")


def hash_password(
    password: str,
    salt: Optional[bytes] = None,
    n: int = 2 ** 11,
    r: int = 8,
    p: int = 1,
) -> Tuple[bytes, bytes]:
    salt = salt or os.urandom(16)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)
    return salt, key


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["PORTAL_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.post("/register")
def register():
    payload = request.get_json(force=True)
    email = payload["email"].strip().lower()
    if len(payload["password"]) < 10:
        abort(400, "password too short")
    salt, key = hash_password(payload["password"])
    _db().execute(
        "INSERT INTO school_contacts (email, school_name, salt, pw_key) VALUES (?, ?, ?, ?)",
        (email, payload["school_name"], salt, key),
    )
    _db().commit()
    return jsonify({"email": email}), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    email = payload.get("email", "").strip().lower()
    row = _db().execute(
        "SELECT id, salt, pw_key FROM school_contacts WHERE email = ?", (email,)
    ).fetchone()
    if row is None:
        abort(401)
    _, key = hash_password(payload.get("password", ""), salt=row["salt"])
    if not hmac.compare_digest(key, row["pw_key"]):
        abort(401)
    session.clear()
    session["school_contact_id"] = row["id"]
    return jsonify({"ok": True})
