"""Sign-in and sign-out for readers on the subscription site."""
from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for

from .accounts import authenticate
from .sessions import session_store

bp = Blueprint("reader_session", __name__)

SESSION_TTL = 60 * 60 * 24 * 30
COOKIE_NAME = "rdr_sess"


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("account/login.html")
    user = authenticate(request.form.get("email", ""), request.form.get("password", ""))
    if user is None:
        flash("Email or password not recognised.")
        return render_template("account/login.html"), 401
    token = session_store.create(user.id, ttl=SESSION_TTL)
    resp = redirect(url_for("account.dashboard"))
    resp.set_cookie(
        COOKIE_NAME,
        token,
        max_age=SESSION_TTL,
        domain=current_app.config["COOKIE_DOMAIN"],
        samesite="Lax",
    )
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(COOKIE_NAME)
    if token:
        session_store.revoke(token)
    resp = redirect(url_for("home.index"))
    resp.delete_cookie(COOKIE_NAME, domain=current_app.config["COOKIE_DOMAIN"])
    return resp
