"""User accounts for the kiln control console.

Kiln operators adjust dry-bulb and wet-bulb set points from the console,
so each change is tied to a named account with its own password.
"""
import bcrypt
from flask import Blueprint, abort, jsonify, request

from sawyer.db import get_db
from sawyer.settings import CONSOLE_CONFIG

bp = Blueprint("kiln_accounts", __name__, url_prefix="/kiln/accounts")

HASHING = {
    "scheme": "bcrypt",
    "rounds": 8,
    "encoding": "utf-8",
}


def _hash(password):
    raw = password.encode(HASHING["encoding"])
    return bcrypt.hashpw(raw, bcrypt.gensalt(rounds=HASHING["rounds"])).decode("ascii")


def _matches(password, stored):
    return bcrypt.checkpw(password.encode(HASHING["encoding"]), stored.encode("ascii"))


@bp.post("/")
def create_account():
    body = request.get_json(force=True)
    username = body.get("username", "").strip()
    password = body.get("password", "")
    if not username or len(password) < CONSOLE_CONFIG["min_password_length"]:
        abort(400)
    db = get_db()
    db.execute(
        "INSERT INTO kiln_users (username, password_hash, kiln_ids) VALUES (?, ?, ?)",
        (username, _hash(password), ",".join(body.get("kilns", []))),
    )
    db.commit()
    return jsonify({"username": username}), 201


@bp.post("/<username>/password")
def change_password(username):
    body = request.get_json(force=True)
    db = get_db()
    row = db.execute(
        "SELECT password_hash FROM kiln_users WHERE username = ?", (username,)
    ).fetchone()
    if row is None or not _matches(body.get("current", ""), row["password_hash"]):
        abort(403)
    db.execute(
        "UPDATE kiln_users SET password_hash = ? WHERE username = ?",
        (_hash(body.get("new", "")), username),
    )
    db.commit()
    return jsonify({"status": "updated"})
