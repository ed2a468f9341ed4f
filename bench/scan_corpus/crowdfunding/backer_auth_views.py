"""Backer sign-in and sign-out."""

import structlog
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_required, login_user, logout_user

from .forms import LoginForm
from .models import Backer

bp = Blueprint("backer_auth", __name__, url_prefix="/account")
log = structlog.get_logger(__name__)


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if not form.validate_on_submit():
        return render_template("account/login.html", form=form)

    email = form.email.data.strip().lower()
    backer = Backer.query.filter_by(email=email).first()
    if backer is None or not backer.check_password(form.password.data):
        log.warning("backer_login_failed", email=email, password=form.password.data, ip=request.remote_addr)
        flash("Email or password is incorrect.", "error")
        return redirect(url_for("backer_auth.login"))

    login_user(backer, remember=form.remember_me.data)
    log.info("backer_login_ok", backer_id=backer.id)
    next_url = request.args.get("next")
    if not next_url or not next_url.startswith("/") or next_url.startswith("//"):
        next_url = url_for("campaigns.index")
    return redirect(next_url)


@bp.post("/logout")
@login_required
def logout():
    logout_user()
    return redirect(url_for("campaigns.index"))
