"""Login for the depot staff portal (hire desk, workshop, compliance).

Sessions are server-side; the cookie only carries an opaque id.
"""
import os
import secrets
from datetime import timedelta

import bcrypt
import redis
from flask import Flask, abort, jsonify, make_response, request

app = Flask(__name__)
_store = redis.Redis.from_url(os.environ["STAFF_SESSION_REDIS_URL"])

COOKIE_NAME = "staff_sid"
SESSION_LIFETIME = timedelta(hours=10)


def _staff_by_username(username: str):
    from cranehire.staff import find_staff

    return find_staff(username)


def _check_password(user, password: str) -> bool:
    if user is None:
        return False
    return bcrypt.checkpw(password.encode("utf-8"), user.password_hash.encode("ascii"))


@app.post("/staff/login")
def staff_login():
    body = request.get_json(force=True)
    user = _staff_by_username(body.get("username", ""))
    if not _check_password(user, body.get("password", "")):
        abort(401)
    sid = secrets.token_urlsafe(32)
    _store.setex(f"staff:{sid}", SESSION_LIFETIME, user.id)
    resp = make_response(jsonify({"name": user.display_name, "role": user.role}))
    resp.set_cookie(COOKIE_NAME, sid, max_age=int(SESSION_LIFETIME.total_seconds()), secure=True, httponly=True, samesite="Strict")
    return resp


@app.post("/staff/logout")
def staff_logout():
    sid = request.cookies.get(COOKIE_NAME)
    if sid:
        _store.delete(f"staff:{sid}")
    resp = make_response("", 204)
    resp.delete_cookie(COOKIE_NAME, secure=True, httponly=True, samesite="Strict")
    return resp


@app.get("/staff/whoami")
def whoami():
    sid = request.cookies.get(COOKIE_NAME)
    staff_id = _store.get(f"staff:{sid}") if sid else None
    if staff_id is None:
        abort(401)
    return jsonify({"staff_id": int(staff_id)})
