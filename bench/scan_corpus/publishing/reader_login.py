"""Sign-in for digital subscribers on the paywalled site."""
import secrets
from datetime import timedelta

from flask import Blueprint, redirect, render_template, request, url_for

from paywall.accounts import authenticate
from paywall.sessions import store_session

bp = Blueprint("reader_login", __name__)

SESSION_COOKIE = "rdr_session"
SESSION_TTL = timedelta(days=30)


@bp.get("/sign-in")
def sign_in_form():
    return render_template("reader/sign_in.html", next=request.args.get("next", ""))


@bp.post("/sign-in")
def sign_in():
    subscriber = authenticate(request.form["email"], request.form["password"])
    if subscriber is None:
        return render_template("reader/sign_in.html", error="Email or password not recognised"), 401
    token = secrets.token_urlsafe(32)
    store_session(token, subscriber_id=subscriber.id, ttl=SESSION_TTL)
    resp = redirect(url_for("home.index"))
    resp.set_cookie(SESSION_COOKIE, token, max_age=int(SESSION_TTL.total_seconds()), httponly=True, samesite="Lax")
    return resp


@bp.post("/sign-out")
def sign_out():
    resp = redirect(url_for("home.index"))
    resp.delete_cookie(SESSION_COOKIE)
    return resp
