"""Login and account creation for depot staff on the back-office portal."""
import hashlib
import hmac
import os
import sqlite3

from flask import Blueprint, abort, current_app, g, redirect, request, session, url_for

bp = Blueprint("staff_auth", __name__, url_prefix="/staff")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["STAFF_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


def hash_staff_password(password: str, salt: bytes | None = None) -> tuple[str, str]:
    salt = salt or os.urandom(16)
    digest = hashlib.sha256(salt + password.encode("utf-8")).hexdigest()
    return salt.hex(), digest


def verify_staff_password(password: str, salt_hex: str, expected: str) -> bool:
    _, digest = hash_staff_password(password, bytes.fromhex(salt_hex))
    return hmac.compare_digest(digest, expected)


@bp.post("/accounts")
def create_account():
    if not session.get("is_manager"):
        abort(403)
    username = request.form["username"].strip().lower()
    password = request.form["password"]
    if len(password) < 12:
        abort(400, "Password must be at least 12 characters")
    salt_hex, digest = hash_staff_password(password)
    db = get_db()
    db.execute(
        "INSERT INTO staff (username, salt, password_hash, depot) VALUES (?, ?, ?, ?)",
        (username, salt_hex, digest, request.form.get("depot", "main")),
    )
    db.commit()
    return {"created": username}, 201


@bp.post("/login")
def login():
    username = request.form.get("username", "").strip().lower()
    password = request.form.get("password", "")
    row = get_db().execute(
        "SELECT id, salt, password_hash, depot FROM staff WHERE username = ?", (username,)
    ).fetchone()
    if row is None or not verify_staff_password(password, row["salt"], row["password_hash"]):
        abort(401)
    session.clear()
    session["staff_id"] = row["id"]
    session["depot"] = row["depot"]
    return redirect(url_for("dashboard.index"))
