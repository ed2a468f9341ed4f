"""Login for the workshop back-office (stock, moulding orders, job board)."""
import logging

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from passlib.context import CryptContext

from .db import get_db

bp = Blueprint("admin_auth", __name__, url_prefix="/admin")
log = logging.getLogger(__name__)

pwd_context = CryptContext(
    schemes=["bcrypt"],
    deprecated="auto",
    bcrypt__rounds=12,
)


def create_admin(username: str, password: str) -> None:
    db = get_db()
    db.execute(
        "INSERT INTO admins (username, password_hash) VALUES (?, ?)",
        (username, pwd_context.hash(password)),
    )
    db.commit()


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("admin/login.html")

    username = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    row = get_db().execute(
        "SELECT id, password_hash FROM admins WHERE username = ?", (username,)
    ).fetchone()

    if row is None or not pwd_context.verify(password, row["password_hash"]):
        log.info("failed back-office login for %s", username)
        flash("Unknown user or wrong password")
        return render_template("admin/login.html"), 401

    session.clear()
    session["admin_id"] = row["id"]
    return redirect(url_for("jobs.board"))


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("admin_auth.login"))
