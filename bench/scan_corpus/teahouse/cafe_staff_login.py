"""Back-office login for café managers (rota, till reconciliation, stock counts)."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta
from typing import Any

from flask import Flask, make_response, redirect, render_template, request, url_for
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["BACKOFFICE_SECRET_KEY"]

SESSION_TTL = timedelta(hours=10)

COOKIE_OPTIONS: dict[str, Any] = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/backoffice",
}


def _sessions():
    return app.extensions["staff_sessions"]


def _staff_lookup(username: str):
    return app.extensions["staff_directory"].find(username)


@app.route("/backoffice/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("backoffice/login.html")
    username = request.form.get("username", "").strip().lower()
    password = request.form.get("password", "")
    staff = _staff_lookup(username)
    if staff is None or not check_password_hash(staff.password_hash, password):
        return render_template("backoffice/login.html", error="Invalid credentials"), 401
    session_id = secrets.token_urlsafe(32)
    _sessions().create(session_id, staff.id, ttl=SESSION_TTL)
    resp = make_response(redirect(url_for("dashboard")))
    resp.set_cookie("bo_session", session_id, **COOKIE_OPTIONS)
    return resp


@app.get("/backoffice/")
def dashboard():
    staff_id = _sessions().lookup(request.cookies.get("bo_session", ""))
    if staff_id is None:
        return redirect(url_for("login"))
    return render_template("backoffice/dashboard.html", staff_id=staff_id)


@app.post("/backoffice/logout")
def logout():
    _sessions().revoke(request.cookies.get("bo_session", ""))
    resp = make_response(redirect(url_for("login")))
    resp.delete_cookie("bo_session", path="/backoffice", secure=True, httponly=True, samesite="Lax")
    return resp
