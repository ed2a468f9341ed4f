"""Web-shop sign-in: issues the session cookie used by checkout and order history."""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, g, make_response, redirect, request, url_for

from .accounts import authenticate
from .sessions import SessionStore

bp = Blueprint("shop_session", __name__)

SESSION_COOKIE = "cw_sid"
SESSION_TTL = timedelta(days=14)
store = SessionStore()


@bp.post("/account/sign-in")
def sign_in():
    customer = authenticate(request.form.get("email", ""), request.form.get("password", ""))
    if customer is None:
        abort(401)
    sid = secrets.token_urlsafe(32)
    store.put(sid, customer.id, expires=datetime.now(timezone.utc) + SESSION_TTL)
    resp = make_response(redirect(url_for("shop.account")))
    resp.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_TTL.total_seconds()),
        path="/",
        samesite="Lax",
    )
    return resp


@bp.before_app_request
def load_customer():
    sid = request.cookies.get(SESSION_COOKIE)
    g.customer_id = store.get(sid) if sid else None


@bp.post("/account/sign-out")
def sign_out():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        store.delete(sid)
    resp = make_response(redirect(url_for("shop.home")))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp


@bp.get("/account/sessions")
def active_sessions():
    if g.customer_id is None:
        abort(401)
    return {
        "sessions": [
            {"created": s.created.isoformat(), "expires": s.expires.isoformat(), "ua": s.user_agent}
            for s in store.for_customer(g.customer_id)
        ]
    }
