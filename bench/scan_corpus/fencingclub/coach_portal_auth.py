"""Login and registration endpoints for the coaching staff portal."""
import hashlib
import hmac
import secrets
import sqlite3

from flask import Blueprint, current_app, g, jsonify, request, session

bp = Blueprint("coach_auth", __name__, url_prefix="/coaches")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["COACH_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.teardown_app_request
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def hash_password(password: str, salt: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    name = data.get("name", "").strip()
    password = data.get("password", "")
    licence = data.get("licence_no", "").strip()
    if not email or not name or len(password) < 10:
        return jsonify(error="email, name and a 10+ character password are required"), 400

    salt = secrets.token_hex(16)
    db = get_db()
    try:
        db.execute(
            "INSERT INTO coaches (email, name, salt, password_hash, licence_no) "
            "VALUES (?, ?, ?, ?, ?)",
            (email, name, salt, hash_password(password, salt), licence),
        )
        db.commit()
    except sqlite3.IntegrityError:
        return jsonify(error="a coach with that email already exists"), 409
    return jsonify(status="pending-approval"), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    password = data.get("password", "")
    row = get_db().execute(
        "SELECT id, salt, password_hash, approved FROM coaches WHERE email = ?",
        (email,),
    ).fetchone()
    if row is None:
        return jsonify(error="invalid credentials"), 401

    candidate = hash_password(password, row["salt"])
    if not hmac.compare_digest(candidate, row["password_hash"]):
        return jsonify(error="invalid credentials"), 401
    if not row["approved"]:
        return jsonify(error="account awaiting head coach approval"), 403

    session.clear()
    session["coach_id"] = row["id"]
    return jsonify(status="ok")


@bp.post("/logout")
def logout():
    session.clear()
    return jsonify(status="ok")
