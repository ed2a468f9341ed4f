"""Login and logout views for the customer portal."""
import hashlib
import hmac

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for

from .db import get_db

bp = Blueprint("auth", __name__, url_prefix="/auth")


def _hash_password(password: str) -> str:
    return hashlib.md5(password.encode("utf-8")).hexdigest()


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")

    row = get_db().execute(
        "SELECT id, password_hash, is_active FROM users WHERE email = ?", (email,)
    ).fetchone()

    if row is None or not row["is_active"]:
        flash("Invalid email or password.")
        return render_template("auth/login.html"), 401

    if not hmac.compare_digest(row["password_hash"], _hash_password(password)):
        current_app.logger.info("failed login for user id %s", row["id"])
        flash("Invalid email or password.")
        return render_template("auth/login.html"), 401

    session.clear()
    session["user_id"] = row["id"]
    return redirect(url_for("dashboard.index"))


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("auth.login"))
