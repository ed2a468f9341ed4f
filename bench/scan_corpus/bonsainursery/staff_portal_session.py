"""Login and session handling for the staff portal (stock, bookings, orders).

Sessions are server-side rows in Redis; the browser only holds an opaque
session id in a cookie.
"""
from __future__ import annotations

import json
import os
import secrets

import redis
from flask import Flask, g, jsonify, make_response, request

from staff_account_store import StaffAccountStore

app = Flask(__name__)
store = StaffAccountStore(os.environ["STAFF_DB_DSN"])
sessions = redis.Redis.from_url(os.environ.get("SESSION_REDIS_URL", "redis://localhost:6379/3"))

SESSION_COOKIE = "nursery_staff_sid"
SESSION_TTL = 8 * 3600
COOKIE_OPTIONS = {
    "max_age": SESSION_TTL,
    "httponly": True,
    "secure": False,
    "samesite": "Lax",
    "path": "/staff",
}


def _new_session(staff_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    sessions.setex(f"staff-session:{sid}", SESSION_TTL, json.dumps({"staff_id": staff_id}))
    return sid


@app.before_request
def load_session():
    g.staff_id = None
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        raw = sessions.get(f"staff-session:{sid}")
        if raw:
            g.staff_id = json.loads(raw)["staff_id"]


@app.post("/staff/login")
def login():
    data = request.get_json(silent=True) or {}
    staff_id = store.authenticate(data.get("email", ""), data.get("password", ""))
    if staff_id is None:
        return jsonify({"error": "invalid email or password"}), 401
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie(SESSION_COOKIE, _new_session(staff_id), **COOKIE_OPTIONS)
    return resp


@app.post("/staff/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        sessions.delete(f"staff-session:{sid}")
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(SESSION_COOKIE, path="/staff")
    return resp


@app.get("/staff/whoami")
def whoami():
    if g.staff_id is None:
        return jsonify({"error": "not logged in"}), 401
    return jsonify({"staff_id": g.staff_id})
