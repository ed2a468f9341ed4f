"""Login endpoint for the artist portal (portfolio and payout management)."""
import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user
from werkzeug.security import check_password_hash

from .models import Artist

bp = Blueprint("portal_auth", __name__)
log = logging.getLogger("portal.auth")


def _client_ip() -> str:
    return request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0].strip()


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("portal/login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    artist = Artist.query.filter_by(email=email, active=True).first()

    if artist is None or not check_password_hash(artist.password_hash, password):
        log.warning("failed portal login for %s from %s", email, _client_ip())
        flash("Email or password not recognised.")
        return render_template("portal/login.html"), 401

    login_user(artist)
    log.info("artist %s logged in from %s", artist.id, _client_ip())
    return redirect(url_for("portal.dashboard"))
