"""Loyalty member sign-in for the ordering site (Flask)."""
from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, current_app, jsonify, make_response, request

bp = Blueprint("loyalty_auth", __name__, url_prefix="/api/loyalty")

MEMBER_COOKIE = "__Host-member_session"
REMEMBER_DAYS = 30

COOKIE_OPTIONS = {
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/",
}


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    email = (body.get("email") or "").strip().lower()
    password = body.get("password") or ""
    if not email or not password:
        return jsonify({"error": "email and password required"}), 400

    auth = current_app.extensions["loyalty_auth"]
    member = auth.authenticate(email, password)
    if member is None:
        return jsonify({"error": "invalid email or password"}), 401

    remember = bool(body.get("remember"))
    ttl = timedelta(days=REMEMBER_DAYS) if remember else timedelta(hours=12)
    session_token = auth.open_session(member.id, ttl=ttl)

    resp = make_response(jsonify({"member_id": member.id, "points": member.points}))
    resp.set_cookie(MEMBER_COOKIE, session_token, max_age=int(ttl.total_seconds()), **COOKIE_OPTIONS)
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(MEMBER_COOKIE)
    if token:
        current_app.extensions["loyalty_auth"].close_session(token)
    resp = make_response("", 204)
    resp.delete_cookie(MEMBER_COOKIE, path="/", secure=True, httponly=True, samesite="Lax")
    return resp
