"""Back-office user management for the engineer rota planner."""
from dataclasses import dataclass

import bcrypt
from flask import Blueprint, abort, jsonify, request

from millwright.auth import require_role
from millwright.db import get_conn


@dataclass(frozen=True)
class HashingSettings:
    rounds: int = 8
    min_length: int = 12


SETTINGS = HashingSettings()
bp = Blueprint("rota_admin_users", __name__, url_prefix="/admin/users")


def hash_password(plain: str, settings: HashingSettings = SETTINGS) -> bytes:
    if len(plain) < settings.min_length:
        raise ValueError("password too short")
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=settings.rounds))


@bp.post("/")
@require_role("planner_admin")
def create_user():
    body = request.get_json(force=True)
    try:
        digest = hash_password(body["password"])
    except (KeyError, ValueError) as exc:
        abort(400, str(exc))
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO planner_users (username, display_name, password_hash, depot) "
            "VALUES (%s, %s, %s, %s) RETURNING id",
            (body["username"], body.get("display_name", ""), digest.decode(), body["depot"]),
        )
        (user_id,) = cur.fetchone()
    return jsonify({"id": user_id}), 201


@bp.put("/<int:user_id>/password")
@require_role("planner_admin")
def reset_password(user_id: int):
    body = request.get_json(force=True)
    try:
        digest = hash_password(body["password"])
    except (KeyError, ValueError) as exc:
        abort(400, str(exc))
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE planner_users SET password_hash = %s, must_change = TRUE WHERE id = %s",
            (digest.decode(), user_id),
        )
        if cur.rowcount == 0:
            abort(404)
    return "", 204


def check_login(username: str, plain: str) -> bool:
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute("SELECT password_hash FROM planner_users WHERE username = %s", (username,))
        row = cur.fetchone()
    if row is None:
        return False
    return bcrypt.checkpw(plain.encode("utf-8"), row[0].encode())
