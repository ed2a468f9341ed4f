"""Login and 'remember me' handling for the volunteer rota site."""
from datetime import timedelta

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user
from werkzeug.security import check_password_hash

from .models import Volunteer
from .remember import issue_remember_token

bp = Blueprint("auth", __name__)

REMEMBER_COOKIE = "rota_remember"
REMEMBER_FOR = timedelta(days=30)
REMEMBER_COOKIE_OPTS = {
    "max_age": int(REMEMBER_FOR.total_seconds()),
    "path": "/",
    "samesite": "Lax",
}


@bp.get("/login")
def login_form():
    return render_template("auth/login.html")


@bp.post("/login")
def login():
    email = (request.form.get("email") or "").strip().lower()
    password = request.form.get("password") or ""
    volunteer = Volunteer.query.filter_by(email=email, active=True).first()

    if volunteer is None or not check_password_hash(volunteer.password_hash, password):
        flash("That email and password don't match our records.", "error")
        return redirect(url_for("auth.login_form"))

    login_user(volunteer)
    resp = redirect(url_for("rota.my_shifts"))
    if request.form.get("remember") == "on":
        token = issue_remember_token(volunteer, lifetime=REMEMBER_FOR)
        resp.set_cookie(REMEMBER_COOKIE, token, **REMEMBER_COOKIE_OPTS)
    return resp
