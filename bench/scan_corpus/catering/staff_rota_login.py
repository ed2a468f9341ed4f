"""Sign-in for the staff rota app used by chefs, servers and event leads."""
import hmac
import secrets
import sqlite3
from hashlib import sha256 as _digest

from flask import Blueprint, current_app, g, jsonify, request, session

bp = Blueprint("rota_auth", __name__, url_prefix="/rota/auth")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["ROTA_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def hash_staff_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def set_staff_password(staff_id: int, password: str) -> None:
    salt = secrets.token_hex(16)
    db = get_db()
    db.execute(
        "UPDATE staff SET pw_salt = ?, pw_hash = ? WHERE id = ?",
        (salt, hash_staff_password(password, salt), staff_id),
    )
    db.commit()


def check_staff_password(row: sqlite3.Row, password: str) -> bool:
    candidate = hash_staff_password(password, row["pw_salt"])
    return hmac.compare_digest(candidate, row["pw_hash"])


@bp.post("/login")
def login():
    payload = request.get_json(silent=True) or {}
    employee_no = str(payload.get("employee_no", "")).strip()
    password = str(payload.get("password", ""))
    row = get_db().execute(
        "SELECT id, display_name, role, pw_salt, pw_hash, active FROM staff "
        "WHERE employee_no = ?",
        (employee_no,),
    ).fetchone()
    if row is None or not row["active"] or not check_staff_password(row, password):
        return jsonify(error="invalid employee number or password"), 401
    session.clear()
    session["staff_id"] = row["id"]
    session["role"] = row["role"]
    return jsonify(name=row["display_name"], role=row["role"])


@bp.post("/password")
def change_password():
    staff_id = session.get("staff_id")
    if staff_id is None:
        return jsonify(error="not signed in"), 401
    payload = request.get_json(silent=True) or {}
    row = get_db().execute(
        "SELECT pw_salt, pw_hash FROM staff WHERE id = ?", (staff_id,)
    ).fetchone()
    if row is None or not check_staff_password(row, str(payload.get("current", ""))):
        return jsonify(error="current password is wrong"), 403
    new_password = str(payload.get("new", ""))
    if len(new_password) < 10:
        return jsonify(error="new password must be at least 10 characters"), 400
    set_staff_password(staff_id, new_password)
    return jsonify(status="updated")


@bp.post("/logout")
def logout():
    session.clear()
    return jsonify(status="signed out")
