"""Session handling for the hirer self-service portal.

After login the portal issues an opaque session id stored server-side in
Redis and sets it as a cookie. A separate, non-sensitive cookie remembers the
hirer's preferred units for the cruise planner.
"""
from __future__ import annotations

import secrets
from datetime import timedelta

import redis
from flask import Blueprint, current_app, jsonify, make_response, request

bp = Blueprint("portal_session", __name__)

SESSION_COOKIE = "bh_session"
SESSION_TTL = timedelta(hours=8)


def _store() -> redis.Redis:
    return redis.Redis.from_url(current_app.config["SESSION_REDIS_URL"])


def start_session(response, customer_id: int):
    session_id = secrets.token_urlsafe(32)
    _store().setex(f"session:{session_id}", SESSION_TTL, customer_id)
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
        path="/",
    )
    return response


@bp.post("/portal/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        _store().delete(f"session:{session_id}")
    response = make_response(jsonify({"ok": True}))
    response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="Lax")
    return response


@bp.post("/portal/preferences/units")
def set_units():
    units = (request.get_json(silent=True) or {}).get("units", "metric")
    if units not in ("metric", "imperial"):
        units = "metric"
    response = make_response(jsonify({"units": units}))
    response.set_cookie("bh_units", units, max_age=365 * 24 * 3600, samesite="Lax", secure=True)
    return response
