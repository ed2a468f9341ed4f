"""Login form handling for skippers on the bargeman web portal."""
import logging

from flask import Blueprint, flash, redirect, render_template, request, session, url_for

from bargeman.accounts import authenticate_skipper, record_login
from bargeman.ratelimit import limiter

bp = Blueprint("skipper_auth", __name__)
audit = logging.getLogger("bargeman.audit.login")


def _client_ip() -> str:
    return request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0].strip()


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10/minute")
def login():
    if request.method == "GET":
        return render_template("auth/login.html")
    form = request.form.to_dict()
    skipper = authenticate_skipper(form.get("licence_number", ""), form.get("password", ""))
    if skipper is None:
        audit.info("rejected portal login from %s: %s", _client_ip(), form)
        flash("Licence number or password not recognised.", "error")
        return render_template("auth/login.html"), 401
    session.clear()
    session["skipper_id"] = skipper.id
    record_login(skipper.id, _client_ip())
    audit.info("skipper %s logged in from %s", skipper.licence_number, _client_ip())
    return redirect(url_for("dashboard.index"))


@bp.post("/logout")
def logout():
    skipper_id = session.pop("skipper_id", None)
    session.clear()
    if skipper_id:
        audit.info("skipper id %s logged out", skipper_id)
    return redirect(url_for("skipper_auth.login"))
