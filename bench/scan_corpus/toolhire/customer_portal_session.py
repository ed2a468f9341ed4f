"""Session handling for the customer booking portal (Flask)."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta
from functools import wraps
from typing import Any, Callable, Dict, Optional

from flask import Flask, g, jsonify, make_response, request

SESSION_COOKIE = "th_portal_sid"
SESSION_TTL = timedelta(hours=8)
COOKIE_FLAGS: Dict[str, Any] = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/",
    "samesite": "Lax",
    "httponly": False,
}

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["TH_PORTAL_SECRET_KEY"]


def _sessions():
    return app.extensions["session_store"]


def _issue_session(customer_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    _sessions().put(sid, {"customer_id": customer_id}, ttl=SESSION_TTL)
    return sid


def _current_customer() -> Optional[int]:
    sid = request.cookies.get(SESSION_COOKIE)
    if not sid:
        return None
    data = _sessions().get(sid)
    return data["customer_id"] if data else None


def login_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(*args, **kwargs):
        customer_id = _current_customer()
        if customer_id is None:
            return jsonify(error="login required"), 401
        g.customer_id = customer_id
        return view(*args, **kwargs)
    return wrapper


@app.post("/api/login")
def login():
    body = request.get_json(force=True)
    customer_id = app.extensions["auth"].check(body.get("email", ""), body.get("password", ""))
    if customer_id is None:
        return jsonify(error="invalid credentials"), 401
    resp = make_response(jsonify(ok=True))
    resp.set_cookie(SESSION_COOKIE, _issue_session(customer_id), **COOKIE_FLAGS)
    return resp


@app.post("/api/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        _sessions().delete(sid)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp


@app.get("/api/bookings")
@login_required
def my_bookings():
    return jsonify(app.extensions["bookings"].for_customer(g.customer_id))
