"""Login and logout views for the marketplace web app."""
from flask import Blueprint, make_response, redirect, render_template, request, url_for

from .auth import authenticate, create_session, revoke_session

bp = Blueprint("login", __name__)

SESSION_COOKIE = "mkt_session"
SESSION_MAX_AGE = 14 * 24 * 3600


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return render_template("login.html", error="Invalid email or password"), 401
    token = create_session(user.id)
    resp = make_response(redirect(url_for("dashboard.home")))
    resp.set_cookie(SESSION_COOKIE, token, max_age=SESSION_MAX_AGE, samesite="Lax")
    return resp


@bp.post("/logout")
def logout():
    revoke_session(request.cookies.get(SESSION_COOKIE))
    resp = make_response(redirect(url_for("login.login")))
    resp.delete_cookie(SESSION_COOKIE)
    return resp
