"""New collector sign-up form for the shop front (Flask)."""
import logging

import bcrypt
from flask import Blueprint, flash, redirect, render_template, request, url_for
from email_validator import EmailNotValidError, validate_email

from .db import get_db
from .mail import send_welcome

log = logging.getLogger("mapseller.signup")
bp = Blueprint("signup", __name__)

MIN_PASSWORD = 10


def _hash(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))


@bp.route("/join", methods=["GET", "POST"])
def join():
    if request.method == "GET":
        return render_template("signup/join.html")
    name = request.form.get("name", "").strip()
    password = request.form.get("password", "")
    interests = request.form.getlist("interests")
    try:
        email = validate_email(request.form.get("email", ""), check_deliverability=False).normalized
    except EmailNotValidError:
        flash("Please enter a valid e-mail address.")
        return render_template("signup/join.html", name=name), 400
    if len(password) < MIN_PASSWORD:
        log.info("sign-up rejected for %s: password too short", email)
        flash(f"Passwords need at least {MIN_PASSWORD} characters.")
        return render_template("signup/join.html", name=name, email=email), 400

    db = get_db()
    if db.execute("SELECT 1 FROM collectors WHERE email = ?", (email,)).fetchone():
        flash("An account already exists for that address.")
        return redirect(url_for("auth.login"))
    db.execute(
        "INSERT INTO collectors (email, name, password_hash, interests) VALUES (?, ?, ?, ?)",
        (email, name, _hash(password), ",".join(interests)),
    )
    db.commit()
    log.info("new collector %s (%s) joined, interests=%s", email, name, interests)
    send_welcome(email, name)
    return redirect(url_for("shop.account"))
