"""Session handling for the customer booking portal (view and amend hires)."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

import redis
from flask import Flask, abort, g, jsonify, make_response, request

from portal.auth import verify_magic_link

app = Flask(__name__)
app.config.from_prefixed_env()
store = redis.Redis.from_url(app.config["SESSION_REDIS_URL"])

SESSION_COOKIE = "bh_portal"
SESSION_TTL = timedelta(hours=8)


def create_session(customer_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    store.setex(f"portal:{sid}", SESSION_TTL, str(customer_id))
    return sid


@app.before_request
def load_customer() -> None:
    sid = request.cookies.get(SESSION_COOKIE)
    g.customer_id = None
    if sid:
        value = store.get(f"portal:{sid}")
        if value is not None:
            g.customer_id = int(value)


@app.post("/portal/login")
def portal_login():
    customer_id = verify_magic_link(request.json.get("token", ""))
    if customer_id is None:
        abort(401)
    sid = create_session(customer_id)
    resp = make_response(jsonify(ok=True))
    resp.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_TTL.total_seconds()),
        httponly=True,
        samesite="Lax",
    )
    return resp


@app.post("/portal/logout")
def portal_logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        store.delete(f"portal:{sid}")
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE)
    return resp


@app.get("/portal/bookings")
def my_bookings():
    if g.customer_id is None:
        abort(401)
    now = datetime.now(timezone.utc).date().isoformat()
    return jsonify(customer=g.customer_id, upcoming_from=now)
