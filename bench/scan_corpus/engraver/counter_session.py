"""Login sessions for the counter tablets used to check in trophy orders."""
import os
import secrets
from datetime import timedelta

from flask import Blueprint, abort, g, jsonify, make_response, request

from .staff_repo import check_pin_login
from .session_store import SessionStore

bp = Blueprint("counter_session", __name__, url_prefix="/counter")

COOKIE_NAME = "bl_counter_sid"
SESSION_TTL = timedelta(hours=10)
store = SessionStore(os.environ.get("SESSION_REDIS_URL", "redis://localhost:6379/4"))


def _cookie_options() -> dict:
    return {
        "max_age": int(SESSION_TTL.total_seconds()),
        "path": "/counter",
        "secure": True,
        "httponly": True,
        "samesite": "Strict",
    }


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    staff = check_pin_login(body.get("tablet_id", ""), body.get("badge", ""), body.get("pin", ""))
    if staff is None:
        abort(401)
    sid = secrets.token_urlsafe(32)
    store.put(sid, {"staff_id": staff.id, "tablet": body["tablet_id"]},
              ttl=int(SESSION_TTL.total_seconds()))
    resp = make_response(jsonify(name=staff.display_name, role=staff.role))
    resp.set_cookie(COOKIE_NAME, sid, **_cookie_options())
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(COOKIE_NAME)
    if sid:
        store.delete(sid)
    resp = make_response("", 204)
    resp.delete_cookie(COOKIE_NAME, path="/counter", secure=True, httponly=True, samesite="Strict")
    return resp


@bp.before_app_request
def attach_staff():
    g.counter_staff_id = None
    sid = request.cookies.get(COOKIE_NAME)
    session = store.get(sid) if sid else None
    if session:
        g.counter_staff_id = session["staff_id"]
