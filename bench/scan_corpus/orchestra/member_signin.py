"""Sign-in for the Friends of the Orchestra members' area."""
import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user
from werkzeug.security import check_password_hash

from .models import Member
from .ratelimit import too_many_attempts

bp = Blueprint("members", __name__, url_prefix="/friends")
audit = logging.getLogger("members.audit")


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    if request.method == "GET":
        return render_template("friends/sign_in.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    client_ip = request.remote_addr

    if too_many_attempts(email, client_ip):
        audit.warning("sign-in throttled for %s from %s", email, client_ip)
        return render_template("friends/sign_in.html", throttled=True), 429

    member = Member.query.filter_by(email=email).first()
    if member is None or not check_password_hash(member.password_hash, password):
        audit.warning("failed sign-in for %s from %s", email, client_ip)
        flash("Email or password not recognised.")
        return render_template("friends/sign_in.html", email=email), 401

    login_user(member)
    audit.info("member %s signed in from %s", member.id, client_ip)
    return redirect(url_for("members.dashboard"))
