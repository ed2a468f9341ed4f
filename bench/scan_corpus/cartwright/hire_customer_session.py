"""Login and session handling for customers booking the hire fleet online."""
import secrets
from datetime import timedelta

from flask import Blueprint, jsonify, make_response, request
from werkzeug.security import check_password_hash

from .db import customers, sessions

bp = Blueprint("hire_session", __name__, url_prefix="/hire")

SESSION_COOKIE = "hire_sid"
SESSION_TTL = timedelta(days=14)


def _start_session(customer_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    sessions.create(sid=sid, customer_id=customer_id, ttl=SESSION_TTL)
    return sid


@bp.post("/login")
def login():
    form = request.get_json(silent=True) or {}
    email = (form.get("email") or "").strip().lower()
    customer = customers.by_email(email)
    if customer is None or not check_password_hash(customer.pw_hash, form.get("password", "")):
        return jsonify(error="email or password not recognised"), 401
    sid = _start_session(customer.id)
    resp = make_response(jsonify(name=customer.name, upcoming=customers.upcoming_hires(customer.id)))
    resp.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_TTL.total_seconds()),
        path="/hire",
    )
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        sessions.delete(sid)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, path="/hire")
    return resp


@bp.get("/me")
def me():
    record = sessions.get(request.cookies.get(SESSION_COOKIE, ""))
    if record is None:
        return jsonify(error="not signed in"), 401
    customer = customers.get(record.customer_id)
    return jsonify(name=customer.name, email=customer.email)
