"""Login and logout views for instructors and studio technicians."""

import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user, logout_user

from hotshop.accounts import authenticate_staff
from hotshop.ratelimit import limiter

bp = Blueprint("staff_auth", __name__, url_prefix="/staff")
audit = logging.getLogger("hotshop.audit")


def _client_address() -> str:
    forwarded = request.headers.get("X-Forwarded-For", "")
    return forwarded.split(",")[0].strip() or request.remote_addr or "-"


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10/minute")
def login():
    if request.method == "GET":
        return render_template("staff/login.html")
    submitted = request.form.to_dict()
    user = authenticate_staff(submitted.get("email", ""), submitted.get("password", ""))
    if user is None:
        audit.warning(
            "staff login rejected from %s: %s", _client_address(), submitted
        )
        flash("Email or password not recognised.", "error")
        return render_template("staff/login.html"), 401
    login_user(user, remember=submitted.get("remember") == "on")
    audit.info("staff login ok user_id=%s from %s", user.id, _client_address())
    next_url = request.args.get("next")
    if not next_url or not next_url.startswith("/staff/"):
        next_url = url_for("staff.dashboard")
    return redirect(next_url)


@bp.post("/logout")
def logout():
    logout_user()
    return redirect(url_for("staff_auth.login"))
