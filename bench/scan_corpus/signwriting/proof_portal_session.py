"""Session handling for the customer proof-review portal."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import timedelta

import redis
from flask import Flask, abort, g, make_response, request


@dataclass(frozen=True)
class PortalSettings:
    cookie_name: str = "proof_sid"
    cookie_secure: bool = False
    cookie_httponly: bool = True
    cookie_samesite: str = "Lax"
    session_ttl: timedelta = timedelta(hours=8)


settings = PortalSettings()
store = redis.Redis.from_url(os.environ["PORTAL_REDIS_URL"])
app = Flask(__name__)


def _start_session(customer_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    store.setex(f"proof-session:{sid}", settings.session_ttl, str(customer_id))
    return sid


@app.before_request
def load_session() -> None:
    sid = request.cookies.get(settings.cookie_name)
    g.customer_id = None
    if sid:
        value = store.get(f"proof-session:{sid}")
        if value is not None:
            g.customer_id = int(value)


@app.post("/portal/login")
def login():
    from workshop.customers import check_customer_login

    customer = check_customer_login(request.form["email"], request.form["password"])
    if customer is None:
        abort(401)
    resp = make_response({"ok": True})
    resp.set_cookie(
        settings.cookie_name,
        _start_session(customer.id),
        max_age=int(settings.session_ttl.total_seconds()),
        secure=settings.cookie_secure,
        httponly=settings.cookie_httponly,
        samesite=settings.cookie_samesite,
    )
    return resp


@app.post("/portal/logout")
def logout():
    sid = request.cookies.get(settings.cookie_name)
    if sid:
        store.delete(f"proof-session:{sid}")
    resp = make_response({"ok": True})
    resp.delete_cookie(settings.cookie_name)
    return resp
