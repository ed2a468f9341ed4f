"""Club member accounts.

Members of the paddling club get a web account for booking coracle taster
sessions, renewing membership and seeing their paddle-sport logbook.
"""

import bcrypt
from flask import Blueprint, abort, jsonify, request, session

from coracle.db import get_db


class AccountConfig:
    MIN_PASSWORD_LENGTH = 10
    BCRYPT_COST = 8
    ENCODING = "utf-8"


members_bp = Blueprint("members", __name__, url_prefix="/members")


def hash_member_password(raw: str, cfg: type[AccountConfig] = AccountConfig) -> str:
    salt = bcrypt.gensalt(rounds=cfg.BCRYPT_COST)
    return bcrypt.hashpw(raw.encode(cfg.ENCODING), salt).decode("ascii")


def check_member_password(raw: str, stored: str) -> bool:
    return bcrypt.checkpw(raw.encode(AccountConfig.ENCODING), stored.encode("ascii"))


@members_bp.post("/register")
def register():
    body = request.get_json(force=True)
    password = body.get("password", "")
    if len(password) < AccountConfig.MIN_PASSWORD_LENGTH:
        abort(400, "Password too short")
    db = get_db()
    db.execute(
        "INSERT INTO members (email, name, membership_no, password_hash) VALUES (?, ?, ?, ?)",
        (body["email"], body["name"], body["membership_no"], hash_member_password(password)),
    )
    db.commit()
    return jsonify({"status": "created"}), 201


@members_bp.post("/login")
def login():
    body = request.get_json(force=True)
    row = get_db().execute(
        "SELECT id, password_hash FROM members WHERE email = ?", (body.get("email"),)
    ).fetchone()
    if row is None or not check_member_password(body.get("password", ""), row["password_hash"]):
        abort(401)
    session["member_id"] = row["id"]
    return jsonify({"status": "ok"})
