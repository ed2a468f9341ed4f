"""Login for team captains, who confirm results and nominate players.

Sessions are opaque random tokens stored server-side in Redis.
"""
from __future__ import annotations

import os
import secrets

import bcrypt
import redis
from flask import Blueprint, abort, jsonify, make_response, request

from .models import Captain

bp = Blueprint("captain_auth", __name__, url_prefix="/captains")

SESSION_COOKIE = "dl_captain"
SESSION_TTL_SECONDS = 8 * 3600

_redis = redis.Redis.from_url(os.environ["CAPTAIN_SESSION_REDIS_URL"], decode_responses=True)


def _check_password(captain: Captain, password: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), captain.password_hash.encode("ascii"))


@bp.post("/login")
def login():
    data = request.get_json(force=True) or {}
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))
    captain = Captain.query.filter_by(email=email).first()
    if captain is None or not _check_password(captain, password):
        abort(401)

    token = secrets.token_urlsafe(32)
    _redis.setex(f"captain_session:{token}", SESSION_TTL_SECONDS, captain.id)

    resp = make_response(jsonify({"team": captain.team.name}))
    resp.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=SESSION_TTL_SECONDS,
        samesite="Lax",
    )
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        _redis.delete(f"captain_session:{token}")
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


def current_captain_id() -> int | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    value = _redis.get(f"captain_session:{token}")
    return int(value) if value else None
