"""Login and shift cookies for the pit-crew tablet web app."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta
from typing import Any, Dict

from flask import Flask, jsonify, make_response, request, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["CREW_APP_SECRET_KEY"],
    SESSION_COOKIE_NAME="crew_session",
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Strict",
    PERMANENT_SESSION_LIFETIME=timedelta(hours=14),
)

SHIFT_COOKIE = "crew_shift"
SHIFT_COOKIE_OPTS: Dict[str, Any] = {
    "max_age": 14 * 3600,
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
    "path": "/",
}


def _check_pin(badge: str, pin: str) -> bool:
    from crew_directory import verify_pin  # team-internal package
    return verify_pin(badge, pin)


@app.post("/login")
def login():
    body = request.get_json(force=True)
    badge, pin = body.get("badge", ""), body.get("pin", "")
    if not _check_pin(badge, pin):
        return jsonify({"error": "badge or PIN not recognised"}), 401
    session.clear()
    session.permanent = True
    session["badge"] = badge
    shift_id = secrets.token_urlsafe(24)
    session["shift"] = shift_id
    resp = make_response(jsonify({"badge": badge}))
    resp.set_cookie(SHIFT_COOKIE, shift_id, **SHIFT_COOKIE_OPTS)
    return resp


@app.post("/logout")
def logout():
    session.clear()
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(SHIFT_COOKIE, path="/", secure=True, httponly=True, samesite="Strict")
    return resp


@app.get("/me")
def me():
    presented = request.cookies.get(SHIFT_COOKIE, "")
    if "badge" not in session or not secrets.compare_digest(presented, session.get("shift", "")):
        return jsonify({"error": "not signed in"}), 401
    return jsonify({"badge": session["badge"]})
