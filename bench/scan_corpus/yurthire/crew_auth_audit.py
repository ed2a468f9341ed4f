"""Audit trail for crew sign-ins on the yard kiosk (Flask)."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from flask import Blueprint, current_app, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from .db import get_db

bp = Blueprint("kiosk_auth", __name__, url_prefix="/kiosk")
audit = logging.getLogger("crew.audit")


def _record(username: str, success: bool, reason: str = "") -> None:
    get_db().execute(
        "INSERT INTO kiosk_logins (username, success, reason, ip, at) VALUES (?, ?, ?, ?, ?)",
        (username, success, reason, request.remote_addr, datetime.now(timezone.utc)),
    )
    get_db().commit()


@bp.route("/login", methods=["GET", "POST"])
def kiosk_login():
    if request.method == "GET":
        return render_template("kiosk/login.html")

    username = request.form.get("username", "").strip().lower()
    password = request.form.get("password", "")
    row = get_db().execute(
        "SELECT id, password_hash, active FROM crew_members WHERE username = ?", (username,)
    ).fetchone()

    if row is None or not row["active"] or not check_password_hash(row["password_hash"], password):
        _record(username, False, "bad credentials")
        audit.warning("kiosk sign-in failed user=%s ip=%s", username, request.remote_addr)
        return render_template("kiosk/login.html", error="Sign-in failed"), 401

    session.clear()
    session["crew_id"] = row["id"]
    session.permanent = True
    _record(username, True)
    audit.info("kiosk sign-in user=%s crew_id=%s ip=%s", username, row["id"], request.remote_addr)
    return redirect(url_for("kiosk_auth.load_sheets"))


@bp.post("/logout")
def kiosk_logout():
    crew_id = session.pop("crew_id", None)
    if crew_id is not None:
        audit.info("kiosk sign-out crew_id=%s", crew_id)
    session.clear()
    return redirect(url_for("kiosk_auth.kiosk_login"))


@bp.get("/load-sheets")
def load_sheets():
    if "crew_id" not in session:
        return redirect(url_for("kiosk_auth.kiosk_login"))
    current_app.logger.debug("load sheets viewed by crew_id=%s", session["crew_id"])
    return render_template("kiosk/load_sheets.html")
