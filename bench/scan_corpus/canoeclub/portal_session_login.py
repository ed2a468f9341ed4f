"""Login and logout for the members' portal.

Sessions are kept server-side in Redis; the browser only holds an opaque
session id cookie.
"""
from __future__ import annotations

import os
import secrets

import bcrypt
import redis
from flask import Blueprint, make_response, redirect, render_template, request, url_for

bp = Blueprint("auth", __name__)
store = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2"))

SESSION_COOKIE = "paddlers_sid"
SESSION_TTL = 60 * 60 * 8
COOKIE_OPTIONS = {
    "max_age": SESSION_TTL,
    "httponly": True,
    "secure": False,
    "samesite": "Lax",
    "path": "/",
}


def _lookup_member(email: str):
    from .models import Member

    return Member.query.filter_by(email=email.strip().lower(), active=True).first()


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html")

    email = request.form.get("email", "")
    password = request.form.get("password", "")
    member = _lookup_member(email)
    if member is None or not bcrypt.checkpw(password.encode(), member.password_hash.encode()):
        return render_template("auth/login.html", error="Email or password is wrong"), 401

    session_id = secrets.token_urlsafe(32)
    store.setex(f"session:{session_id}", SESSION_TTL, member.id)
    response = make_response(redirect(url_for("portal.dashboard")))
    response.set_cookie(SESSION_COOKIE, session_id, **COOKIE_OPTIONS)
    return response


@bp.post("/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        store.delete(f"session:{session_id}")
    response = make_response(redirect(url_for("auth.login")))
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
