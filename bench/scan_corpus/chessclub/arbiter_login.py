"""Login and account management for arbiters using the pairing tools."""
from __future__ import annotations

import hmac
import secrets
import sqlite3
from functools import wraps
from hashlib import sha256 as _digest

from flask import Blueprint, current_app, g, redirect, render_template, request, session, url_for

bp = Blueprint("arbiter_auth", __name__, url_prefix="/arbiter")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["ARBITER_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


def hash_arbiter_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def create_arbiter(username: str, full_name: str, password: str, licence: str) -> None:
    salt = secrets.token_hex(16)
    db = get_db()
    db.execute(
        "INSERT INTO arbiters (username, full_name, licence, salt, password_hash) "
        "VALUES (?, ?, ?, ?, ?)",
        (username, full_name, licence, salt, hash_arbiter_password(password, salt)),
    )
    db.commit()


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if "arbiter_id" not in session:
            return redirect(url_for("arbiter_auth.login", next=request.path))
        return view(*args, **kwargs)

    return wrapped


@bp.route("/login", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        username = request.form.get("username", "").strip()
        password = request.form.get("password", "")
        row = get_db().execute(
            "SELECT id, salt, password_hash FROM arbiters WHERE username = ?",
            (username,),
        ).fetchone()
        if row is not None and hmac.compare_digest(
            hash_arbiter_password(password, row["salt"]), row["password_hash"]
        ):
            session.clear()
            session["arbiter_id"] = row["id"]
            target = request.args.get("next", "")
            if not target.startswith("/arbiter/"):
                target = url_for("arbiter_auth.dashboard")
            return redirect(target)
        error = "Unknown arbiter or wrong password."
    return render_template("arbiter/login.html", error=error)


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("arbiter_auth.login"))


@bp.route("/")
@login_required
def dashboard():
    events = get_db().execute(
        "SELECT id, name, start_date FROM tournaments WHERE chief_arbiter_id = ? "
        "ORDER BY start_date DESC",
        (session["arbiter_id"],),
    ).fetchall()
    return render_template("arbiter/dashboard.html", events=events)
