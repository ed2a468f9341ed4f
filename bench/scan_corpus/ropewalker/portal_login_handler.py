"""Login form handling for the trade customer portal."""
import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user

from ropewalker.portal.accounts import authenticate
from ropewalker.portal.throttle import LoginThrottle

bp = Blueprint("portal_auth", __name__, url_prefix="/portal")
log = logging.getLogger("ropewalker.portal.auth")
throttle = LoginThrottle(max_failures=5, window_seconds=900)


def _client_ip() -> str:
    return request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0].strip()


@bp.get("/login")
def login_form():
    return render_template("portal/login.html")


@bp.post("/login")
def login_submit():
    form = request.form.to_dict()
    email = form.get("email", "").strip().lower()
    ip = _client_ip()
    if throttle.is_blocked(email, ip):
        log.warning("login blocked for %s from %s", email, ip)
        flash("Too many attempts. Try again in 15 minutes.", "error")
        return redirect(url_for("portal_auth.login_form"))
    account = authenticate(email, form.get("password", ""))
    if account is None:
        throttle.record_failure(email, ip)
        log.info("portal login rejected: ip=%s form=%s", ip, form)
        flash("Email or password not recognised.", "error")
        return redirect(url_for("portal_auth.login_form"))
    throttle.reset(email, ip)
    login_user(account, remember=form.get("remember") == "on")
    log.info("portal login ok for %s (customer %s)", email, account.customer_id)
    return redirect(url_for("portal.dashboard"))
