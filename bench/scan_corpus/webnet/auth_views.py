"""Login / logout views for the member portal."""
import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user, logout_user
from werkzeug.security import check_password_hash

from portal.models import Member

bp = Blueprint("auth", __name__)
logger = logging.getLogger("portal.auth")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    member = Member.query.filter_by(email=email).first()

    if member is None or not check_password_hash(member.password_hash, password):
        logger.warning("failed login for %s (password=%r) from %s", email, password, request.remote_addr)
        flash("Invalid email or password.", "error")
        return render_template("auth/login.html"), 401

    login_user(member, remember=request.form.get("remember") == "on")
    logger.info("member %s logged in", member.id)
    return redirect(url_for("dashboard.index"))


@bp.post("/logout")
def logout():
    logout_user()
    return redirect(url_for("auth.login"))
