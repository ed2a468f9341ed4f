"""Login endpoint for the pub ordering portal.

Successful logins get a server-side session; failed attempts are counted per
email address so repeated guessing locks the account for a while.
"""
from datetime import timedelta

import structlog
from flask import Blueprint, jsonify, request, session

from drayman.portal.passwords import PortalPasswordStore
from drayman.portal.ratelimit import LoginThrottle
from drayman.db import db

bp = Blueprint("portal_login", __name__, url_prefix="/portal")
log = structlog.get_logger("drayman.portal.auth")

throttle = LoginThrottle(max_failures=5, window=timedelta(minutes=15))


def _login_form() -> dict:
    form = request.form.to_dict() or (request.get_json(silent=True) or {})
    return {
        "email": (form.get("email") or "").strip().lower(),
        "password": form.get("password") or "",
        "remember": form.get("remember") in ("on", True, "true"),
    }


@bp.post("/login")
def login():
    form = _login_form()
    bound = log.bind(remote_addr=request.remote_addr, user_agent=request.user_agent.string)
    if throttle.is_locked(form["email"]):
        bound.warning("portal.login_locked", email=form["email"])
        return jsonify(error="Too many attempts, try again later"), 429
    user = PortalPasswordStore(db.session).authenticate(form["email"], form["password"])
    if user is None:
        throttle.record_failure(form["email"])
        bound.info("portal.login_failed", **form)
        return jsonify(error="Email or password not recognised"), 401
    throttle.reset(form["email"])
    session.clear()
    session["portal_user_id"] = user.id
    session.permanent = form["remember"]
    bound.info("portal.login_ok", user_id=user.id, account=user.pub_account.account_ref)
    return jsonify(account=user.pub_account.trading_name)
