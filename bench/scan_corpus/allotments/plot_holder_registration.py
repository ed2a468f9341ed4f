"""Online account registration for existing plot holders.

Tenants who already hold a plot can create a login to view their rent
invoices and water meter readings. The tenancy number printed on the
annual invoice is used to link the account to the tenancy record.
"""
import hashlib
import hmac
import os
import re
import sqlite3

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for

bp = Blueprint("registration", __name__, url_prefix="/account")

TENANCY_RE = re.compile(r"^[A-Z]{2}\d{5}$")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def hash_password(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def check_password(password: str, salt: bytes, expected: str) -> bool:
    return hmac.compare_digest(hash_password(password, salt), expected)


@bp.route("/register", methods=["GET", "POST"])
def register():
    if request.method == "GET":
        return render_template("account/register.html")

    tenancy_no = request.form.get("tenancy_no", "").strip().upper()
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")

    if not TENANCY_RE.match(tenancy_no):
        flash("Please enter the tenancy number shown on your invoice.")
        return redirect(url_for("registration.register"))
    if len(password) < 10:
        flash("Passwords must be at least 10 characters long.")
        return redirect(url_for("registration.register"))

    db = get_db()
    tenancy = db.execute(
        "SELECT id, holder_email FROM tenancy WHERE tenancy_no = ?", (tenancy_no,)
    ).fetchone()
    if tenancy is None or tenancy["holder_email"].lower() != email:
        flash("We could not match those details to a current tenancy.")
        return redirect(url_for("registration.register"))

    salt = os.urandom(16)
    db.execute(
        "INSERT INTO holder_account (tenancy_id, email, salt, password_hash) VALUES (?, ?, ?, ?)",
        (tenancy["id"], email, salt, hash_password(password, salt)),
    )
    db.commit()
    flash("Your account has been created. You can now sign in.")
    return redirect(url_for("auth.login"))
