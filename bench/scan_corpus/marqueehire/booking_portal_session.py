"""Sign-in endpoint of the customer booking portal.

After the customer's email and password are checked, a random session id
is stored server side and handed to the browser in a cookie.
"""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

import redis
from flask import Blueprint, jsonify, make_response, request

from portal.accounts import CustomerAccounts

bp = Blueprint("portal_session", __name__)

SESSION_COOKIE = "mqh_session"
SESSION_TTL = timedelta(hours=8)

_store = redis.Redis.from_url(os.environ["PORTAL_REDIS_URL"])
_accounts = CustomerAccounts(os.environ["PORTAL_DB_PATH"])


@bp.post("/portal/login")
def login():
    body = request.get_json(silent=True) or {}
    customer_id = _accounts.authenticate(body.get("email", ""), body.get("password", ""))
    if customer_id is None:
        return jsonify(error="email or password not recognised"), 401

    session_id = secrets.token_urlsafe(32)
    _store.setex(f"portal:session:{session_id}", SESSION_TTL, str(customer_id))
    resp = make_response(jsonify(ok=True))
    resp.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
        path="/portal",
    )
    return resp


@bp.post("/portal/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        _store.delete(f"portal:session:{session_id}")
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, path="/portal", secure=True, httponly=True, samesite="Lax")
    return resp
