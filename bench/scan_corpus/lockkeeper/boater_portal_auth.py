"""Sign-up and sign-in for the boater licence self-service portal."""
from __future__ import annotations

import hmac
import os
import sqlite3
from hashlib import sha256 as _digest

from flask import Blueprint, current_app, g, redirect, render_template, request, session, url_for

bp = Blueprint("boater_auth", __name__, url_prefix="/account")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["PORTAL_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _password_digest(password: str, salt: bytes) -> str:
    return _digest(salt + password.encode("utf-8")).hexdigest()


@bp.route("/register", methods=["GET", "POST"])
def register():
    if request.method == "GET":
        return render_template("account/register.html")
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    licence_no = request.form["licence_no"].strip().upper()
    if len(password) < 10:
        return render_template("account/register.html", error="Password too short"), 400
    salt = os.urandom(16)
    db = get_db()
    with db:
        db.execute(
            "INSERT INTO boaters (email, licence_no, salt, pw_digest) VALUES (?, ?, ?, ?)",
            (email, licence_no, salt.hex(), _password_digest(password, salt)),
        )
    return redirect(url_for("boater_auth.login"))


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("account/login.html")
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    row = get_db().execute(
        "SELECT id, salt, pw_digest FROM boaters WHERE email = ?", (email,)
    ).fetchone()
    if row is None:
        return render_template("account/login.html", error="Unknown email or password"), 401
    candidate = _password_digest(password, bytes.fromhex(row["salt"]))
    if not hmac.compare_digest(candidate, row["pw_digest"]):
        return render_template("account/login.html", error="Unknown email or password"), 401
    session.clear()
    session["boater_id"] = row["id"]
    return redirect(url_for("licences.overview"))


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("boater_auth.login"))


@bp.teardown_app_request
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
