"""Login handling for the technician web console, with an audit trail of attempts."""

import logging
from datetime import datetime, timezone

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from .db import get_db

bp = Blueprint("tech_auth", __name__, url_prefix="/tech")
audit = logging.getLogger("sweepdesk.audit")

MAX_FAILURES = 5


def _record_attempt(db, login: str, success: bool) -> None:
    db.execute(
        "INSERT INTO login_attempts (login, success, attempted_at, ip) VALUES (?, ?, ?, ?)",
        (login, int(success), datetime.now(timezone.utc).isoformat(), request.remote_addr),
    )
    db.commit()


def _recent_failures(db, login: str) -> int:
    row = db.execute(
        "SELECT COUNT(*) FROM login_attempts WHERE login = ? AND success = 0 "
        "AND attempted_at > datetime('now', '-15 minutes')",
        (login,),
    ).fetchone()
    return row[0]


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("tech/login.html")

    login_name = request.form.get("login", "").strip().lower()
    password = request.form.get("password", "")
    db = get_db()

    if _recent_failures(db, login_name) >= MAX_FAILURES:
        audit.warning("Locked technician account %s tried to sign in", login_name)
        flash("Too many attempts. Try again in 15 minutes or call the office.")
        return redirect(url_for("tech_auth.login"))

    tech = db.execute(
        "SELECT id, password_hash FROM technicians WHERE login = ? AND active = 1",
        (login_name,),
    ).fetchone()
    if tech is None or not check_password_hash(tech["password_hash"], password):
        _record_attempt(db, login_name, False)
        audit.warning("Failed technician login %s (password=%r)", login_name, password)
        flash("Login or password not recognised.")
        return redirect(url_for("tech_auth.login"))

    _record_attempt(db, login_name, True)
    session.clear()
    session["technician_id"] = tech["id"]
    audit.info("Technician %s signed in from %s", login_name, request.remote_addr)
    return redirect(url_for("jobs.today"))
