"""Sign-in endpoints for the customer storage portal."""
import os
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, jsonify, make_response, request

from .accounts import authenticate
from .sessions import SessionStore

bp = Blueprint("portal_session", __name__, url_prefix="/portal")

SESSION_COOKIE = "fv_session"
SESSION_TTL = timedelta(days=14)
store = SessionStore(os.environ.get("SESSION_REDIS_URL", "redis://localhost:6379/3"))


def _new_session(customer_id: int) -> tuple:
    sid = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    store.put(sid, {"customer_id": customer_id}, expires)
    return sid, expires


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    customer = authenticate(body.get("email", ""), body.get("password", ""))
    if customer is None:
        return jsonify(error="invalid email or password"), 401
    sid, expires = _new_session(customer.id)
    resp = make_response(jsonify(customer=customer.id, name=customer.first_name))
    resp.set_cookie(SESSION_COOKIE, sid, expires=expires, path="/", samesite="Lax")
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        store.delete(sid)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp


@bp.get("/me")
def me():
    sid = request.cookies.get(SESSION_COOKIE)
    data = store.get(sid) if sid else None
    if data is None:
        return jsonify(error="not signed in"), 401
    return jsonify(customer=data["customer_id"])
