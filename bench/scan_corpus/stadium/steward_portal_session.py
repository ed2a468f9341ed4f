"""Sign-in for the steward self-service portal.

Stewards use the portal to accept shifts, view their rota and complete
briefing acknowledgements; sessions are kept server-side in Redis.
"""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

import redis
from flask import Flask, jsonify, make_response, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
store = redis.Redis.from_url(os.environ["PORTAL_REDIS_URL"])

SESSION_COOKIE = "steward_sid"
SESSION_LIFETIME = timedelta(hours=10)


def lookup_steward(badge_no: str) -> dict | None:
    raw = store.hgetall(f"steward:{badge_no}")
    return {k.decode(): v.decode() for k, v in raw.items()} if raw else None


def open_session(badge_no: str) -> str:
    sid = secrets.token_urlsafe(32)
    store.setex(f"session:{sid}", SESSION_LIFETIME, badge_no)
    return sid


@app.post("/login")
def login():
    form = request.get_json(force=True)
    steward = lookup_steward(str(form.get("badge_no", "")))
    if steward is None or not check_password_hash(steward["password_hash"], form.get("password", "")):
        return jsonify({"error": "invalid credentials"}), 401
    response = make_response(jsonify({"name": steward["display_name"]}))
    response.set_cookie(
        SESSION_COOKIE,
        open_session(form["badge_no"]),
        max_age=int(SESSION_LIFETIME.total_seconds()),
        samesite="Lax",
    )
    return response


@app.get("/me/shifts")
def my_shifts():
    sid = request.cookies.get(SESSION_COOKIE, "")
    badge_no = store.get(f"session:{sid}")
    if badge_no is None:
        return jsonify({"error": "not signed in"}), 401
    shifts = store.lrange(f"shifts:{badge_no.decode()}", 0, -1)
    return jsonify({"shifts": [s.decode() for s in shifts]})
