"""Technician console sign-in with an audit log of successes and failures."""

import logging

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from .db import get_db

bp = Blueprint("tech_signin", __name__, url_prefix="/tech")
audit = logging.getLogger("sweepdesk.audit")


class SignInEvent:
    def __init__(self, login: str, ip: str):
        self.login = login
        self.ip = ip

    def failed(self, reason: str) -> None:
        audit.warning("Technician sign-in failed login=%s ip=%s reason=%s",
                      self.login, self.ip, reason)

    def succeeded(self, technician_id: int) -> None:
        audit.info("Technician sign-in ok login=%s id=%s ip=%s",
                   self.login, technician_id, self.ip)


@bp.route("/signin", methods=["GET", "POST"])
def signin():
    if request.method == "GET":
        return render_template("tech/signin.html")

    login_name = request.form.get("login", "").strip().lower()
    password = request.form.get("password", "")
    event = SignInEvent(login_name, request.remote_addr)

    tech = get_db().execute(
        "SELECT id, password_hash, active FROM technicians WHERE login = ?",
        (login_name,),
    ).fetchone()
    if tech is None:
        event.failed("unknown login")
    elif not tech["active"]:
        event.failed("account disabled")
    elif not check_password_hash(tech["password_hash"], password):
        event.failed("wrong password")
    else:
        session.clear()
        session["technician_id"] = tech["id"]
        event.succeeded(tech["id"])
        return redirect(url_for("jobs.today"))

    flash("Login or password not recognised.")
    return redirect(url_for("tech_signin.signin"))
