"""Session handling for the driver portal.

The portal shows a driver's licence, session credits and lap history.
It uses Flask's signed session cookie, with a separate "remember me"
cookie carrying an opaque device token.
"""
from __future__ import annotations

import hashlib
import os
import secrets
from datetime import timedelta

from flask import Flask, jsonify, make_response, request, session

REMEMBER_COOKIE = "kc_remember"
REMEMBER_DAYS = 30


class PortalConfig:
    SECRET_KEY = os.environ["PORTAL_SECRET_KEY"]
    SESSION_COOKIE_NAME = "kc_portal"
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)


app = Flask(__name__)
app.config.from_object(PortalConfig)


def _store_remember_token(driver_id: int, token: str) -> None:
    from .db import get_connection

    digest = hashlib.sha256(token.encode()).hexdigest()
    with get_connection() as conn:
        conn.execute(
            "INSERT INTO remember_tokens (token_sha256, driver_id) VALUES (%s, %s)",
            (digest, driver_id),
        )


def _remember_cookie_kwargs() -> dict:
    return {
        "max_age": REMEMBER_DAYS * 24 * 3600,
        "secure": True,
        "httponly": True,
        "samesite": "Strict",
        "path": "/portal",
    }


@app.post("/portal/login")
def portal_login():
    from .auth import authenticate_driver

    body = request.get_json(silent=True) or {}
    driver_id = authenticate_driver(body.get("email", ""), body.get("password", ""))
    if driver_id is None:
        return jsonify({"error": "invalid credentials"}), 401
    session.clear()
    session["driver_id"] = driver_id
    session.permanent = True
    resp = make_response(jsonify({"ok": True}))
    if body.get("remember"):
        token = secrets.token_urlsafe(32)
        _store_remember_token(driver_id, token)
        resp.set_cookie(REMEMBER_COOKIE, token, **_remember_cookie_kwargs())
    return resp


@app.post("/portal/logout")
def portal_logout():
    session.clear()
    resp = make_response("", 204)
    resp.delete_cookie(REMEMBER_COOKIE, path="/portal")
    return resp
