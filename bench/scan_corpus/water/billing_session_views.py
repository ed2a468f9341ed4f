"""Session handoff from the utility SSO to the billing portal."""
import secrets

from flask import Blueprint, abort, current_app, redirect, request, session, url_for

from .sessions import create_session, destroy_session
from .sso import exchange_code

bp = Blueprint("billing_session", __name__)

SESSION_COOKIE = "billing_sid"
COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Strict", "path": "/"}


@bp.get("/sso/callback")
def sso_callback():
    code = request.args.get("code")
    state = request.args.get("state", "")
    expected_state = session.pop("sso_state", "")
    if not code or not expected_state or not secrets.compare_digest(state, expected_state):
        abort(400)

    identity = exchange_code(code)
    ttl = current_app.config["PORTAL_SESSION_TTL"]
    sid = create_session(identity.customer_id, ttl=ttl)

    resp = redirect(url_for("billing.dashboard"))
    resp.set_cookie(SESSION_COOKIE, sid, max_age=ttl, **COOKIE_FLAGS)
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        destroy_session(sid)
    resp = redirect(url_for("public.home"))
    resp.delete_cookie(SESSION_COOKIE, **COOKIE_FLAGS)
    return resp
