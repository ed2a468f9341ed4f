"""Staff sign-in for the workshop floor terminal.

Journeymen and apprentices sign in on the shop tablet to clock onto job cards
(felloe replacement, spoke turning, tyre setting). Accounts are kept in the
workshop Postgres database.
"""
import hashlib
import os
import secrets

import psycopg
from flask import Blueprint, current_app, redirect, render_template, request, session, url_for

bp = Blueprint("staff_auth", __name__, url_prefix="/staff")


def _db():
    return psycopg.connect(current_app.config["WORKSHOP_DSN"])


def hash_password(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def enrol_staff(username: str, full_name: str, password: str) -> None:
    salt = secrets.token_bytes(16)
    with _db() as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO staff (username, full_name, salt, password_hash) VALUES (%s, %s, %s, %s)",
            (username, full_name, salt.hex(), hash_password(password, salt)),
        )


def _verify(username: str, password: str):
    with _db() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id, salt, password_hash FROM staff WHERE username = %s AND active",
            (username,),
        )
        row = cur.fetchone()
    if row is None:
        return None
    staff_id, salt_hex, stored = row
    computed = hash_password(password, bytes.fromhex(salt_hex))
    if not secrets.compare_digest(computed, stored):
        return None
    return staff_id


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("staff/login.html")
    username = request.form.get("username", "").strip()
    staff_id = _verify(username, request.form.get("password", ""))
    if staff_id is None:
        return render_template("staff/login.html", error="Unknown user or wrong password"), 401
    session.clear()
    session["staff_id"] = staff_id
    session["username"] = username
    return redirect(url_for("job_cards.board"))


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("staff_auth.login"))


def init_app(app):
    app.config.setdefault("WORKSHOP_DSN", os.environ["WORKSHOP_DSN"])
    app.register_blueprint(bp)
