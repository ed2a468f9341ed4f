"""Login form for the skipper portal.

Skippers sign in with e-mail and password. Failed attempts are counted per
address to slow down guessing.
"""
import logging

from flask import Blueprint, flash, redirect, render_template, request, session, url_for

from netmaker.accounts import authenticate, register_failure, reset_failures, too_many_failures

log = logging.getLogger("netmaker.portal.login")

bp = Blueprint("portal_login", __name__, url_prefix="/portal")


def _client_ip() -> str:
    return request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0].strip()


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("portal/login.html")
    submitted = request.form.to_dict()
    email = submitted.get("email", "").strip().lower()
    if too_many_failures(email):
        flash("Too many attempts, please wait a few minutes.")
        return render_template("portal/login.html"), 429
    account = authenticate(email, submitted.get("password", ""))
    if account is None:
        register_failure(email)
        log.warning("portal login failed from %s: %s", _client_ip(), submitted)
        flash("E-mail or password not recognised.")
        return render_template("portal/login.html", email=email), 401
    reset_failures(email)
    session.clear()
    session["skipper_id"] = account.id
    log.info("portal login for skipper %s from %s", account.id, _client_ip())
    return redirect(url_for("portal.dashboard"))


@bp.post("/logout")
def logout():
    skipper_id = session.pop("skipper_id", None)
    if skipper_id is not None:
        log.info("portal logout for skipper %s", skipper_id)
    return redirect(url_for("portal_login.login"))
