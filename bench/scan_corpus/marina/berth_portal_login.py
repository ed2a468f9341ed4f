"""Login and logout for the berth-holder portal.

Berth holders sign in with their membership number and password. We issue an
opaque session id stored server-side in Redis and a "remember this device"
cookie when asked.
"""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Blueprint, current_app, redirect, render_template, request, url_for

from marina.portal.auth import authenticate_member
from marina.portal.sessions import SessionStore

bp = Blueprint("portal_auth", __name__, url_prefix="/portal")
sessions = SessionStore()

SESSION_COOKIE = "bh_session"
DEVICE_COOKIE = "bh_device"
SESSION_TTL = timedelta(hours=12)
DEVICE_TTL = timedelta(days=60)

COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax", "path": "/portal"}


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("portal/login.html")
    member = authenticate_member(request.form["membership_no"], request.form["password"])
    if member is None:
        return render_template("portal/login.html", error="Membership number or password is wrong"), 401

    sid = sessions.create(member.id, ttl=SESSION_TTL)
    resp = redirect(url_for("portal.dashboard"))
    resp.set_cookie(SESSION_COOKIE, sid, max_age=int(SESSION_TTL.total_seconds()), **COOKIE_FLAGS)
    if request.form.get("remember") == "on":
        device_token = secrets.token_urlsafe(32)
        sessions.remember_device(member.id, device_token, ttl=DEVICE_TTL)
        resp.set_cookie(DEVICE_COOKIE, device_token, max_age=int(DEVICE_TTL.total_seconds()), **COOKIE_FLAGS)
    current_app.logger.info("member %s logged in", member.id)
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        sessions.destroy(sid)
    resp = redirect(url_for("portal_auth.login"))
    resp.delete_cookie(SESSION_COOKIE, path="/portal", secure=True, httponly=True, samesite="Lax")
    return resp
