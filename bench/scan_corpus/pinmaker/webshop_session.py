"""Login and session handling for the webshop's customer accounts."""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, g, jsonify, make_response, request

from .accounts import verify_login
from .sessions import SessionStore

bp = Blueprint("webshop_session", __name__)
store = SessionStore()

SESSION_COOKIE = "pm_session"
SESSION_TTL = timedelta(days=30)


def _new_session(customer_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    store.put(sid, customer_id, expires=datetime.now(timezone.utc) + SESSION_TTL)
    return sid


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    customer = verify_login(data.get("email", ""), data.get("password", ""))
    if customer is None:
        return jsonify({"error": "email or password not recognised"}), 401
    sid = _new_session(customer.id)
    resp = make_response(jsonify({"customer": customer.display_name}))
    resp.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_TTL.total_seconds()),
        path="/",
    )
    return resp


@bp.before_app_request
def load_customer():
    sid = request.cookies.get(SESSION_COOKIE)
    g.customer_id = store.get(sid) if sid else None


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        store.delete(sid)
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
