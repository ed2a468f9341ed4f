"""Login blueprint for showroom and trade-counter staff.

Staff accounts live in the ``staff`` table; each row holds a random salt and
the hex digest of the salted password.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, session, url_for

log = logging.getLogger(__name__)

bp = Blueprint("staff_auth", __name__, url_prefix="/staff")


def _db():
    return current_app.extensions["staff_db"]


def hash_staff_password(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def create_staff_member(username: str, display_name: str, password: str, branch: str) -> None:
    salt = secrets.token_bytes(16)
    _db().execute(
        "INSERT INTO staff (username, display_name, branch, salt, password_hash) VALUES (?, ?, ?, ?, ?)",
        (username, display_name, branch, salt.hex(), hash_staff_password(password, salt)),
    )
    _db().commit()


def check_staff_password(username: str, password: str) -> dict | None:
    row = _db().execute(
        "SELECT id, display_name, branch, salt, password_hash FROM staff WHERE username = ?",
        (username,),
    ).fetchone()
    if row is None:
        return None
    candidate = hash_staff_password(password, bytes.fromhex(row["salt"]))
    if not hmac.compare_digest(candidate, row["password_hash"]):
        return None
    return {"id": row["id"], "name": row["display_name"], "branch": row["branch"]}


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        username = request.form.get("username", "").strip()
        staff = check_staff_password(username, request.form.get("password", ""))
        if staff is None:
            log.info("Failed staff login for %s", username)
            flash("Unknown user name or password.")
            return render_template("staff/login.html"), 401
        session.clear()
        session["staff_id"] = staff["id"]
        session["branch"] = staff["branch"]
        log.info("Staff %s signed in at branch %s", username, staff["branch"])
        return redirect(url_for("counter.dashboard"))
    return render_template("staff/login.html")


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("staff_auth.login"))


@bp.before_app_request
def load_staff():
    g.staff_id = session.get("staff_id")
