"""Login view for the back-office with an audit trail of sign-in attempts.

Area managers review the audit log to spot shared accounts and attempts
from outside store opening hours.
"""
import logging

from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import login_user

from cobbler.staff import authenticate_staff

bp = Blueprint("backoffice_auth", __name__)
audit = logging.getLogger("cobbler.audit.login")


def describe_attempt(form) -> dict:
    details = form.to_dict()
    details["ip"] = request.headers.get("X-Forwarded-For", request.remote_addr)
    details["agent"] = request.user_agent.string
    return details


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("backoffice/login.html")
    attempt = describe_attempt(request.form)
    user = authenticate_staff(request.form.get("username", ""), request.form.get("password", ""))
    if user is None:
        audit.warning("back-office login failed: %s", attempt)
        return render_template("backoffice/login.html", error="Invalid username or password"), 401
    login_user(user)
    audit.info("back-office login ok for %s from %s", user.username, attempt["ip"])
    return redirect(url_for("backoffice.dashboard"))
