"""Login sessions for the parish client portal.

After a churchwarden or hall manager signs in, the portal issues a session
token, stores it server-side with the account id and sets it as a cookie so
later pages (visit calendar, quotes, invoices) know who is signed in.
"""
import secrets
from datetime import datetime, timedelta, timezone

import redis
from flask import Blueprint, current_app, jsonify, make_response, request

from organworks.portal.accounts import authenticate

bp = Blueprint("portal_session", __name__)


class SessionSettings:
    cookie_name = "pp_session"
    lifetime = timedelta(hours=12)
    token_bytes = 32
    redis_prefix = "portal:session:"


def _store() -> redis.Redis:
    return redis.Redis.from_url(current_app.config["PORTAL_REDIS_URL"])


def open_session(account_id: int) -> str:
    token = secrets.token_urlsafe(SessionSettings.token_bytes)
    _store().setex(
        SessionSettings.redis_prefix + token,
        int(SessionSettings.lifetime.total_seconds()),
        account_id,
    )
    return token


def account_for_request() -> int | None:
    token = request.cookies.get(SessionSettings.cookie_name)
    if not token:
        return None
    value = _store().get(SessionSettings.redis_prefix + token)
    return int(value) if value is not None else None


@bp.post("/portal/login")
def login():
    form = request.get_json(force=True)
    account = authenticate(form.get("email", ""), form.get("password", ""))
    if account is None:
        return jsonify({"error": "email or password not recognised"}), 401
    token = open_session(account.account_id)
    resp = make_response(jsonify({"parish": account.parish_name}))
    expires = datetime.now(timezone.utc) + SessionSettings.lifetime
    resp.set_cookie(SessionSettings.cookie_name, token, expires=expires, samesite="Lax")
    return resp


@bp.post("/portal/logout")
def logout():
    token = request.cookies.get(SessionSettings.cookie_name)
    if token:
        _store().delete(SessionSettings.redis_prefix + token)
    resp = make_response(jsonify({"signed_out": True}))
    resp.delete_cookie(SessionSettings.cookie_name)
    return resp
