"""OPAC sign-in and sign-out for patrons."""
import secrets
from datetime import timedelta

from flask import Blueprint, flash, redirect, render_template, request, url_for

from .accounts import authenticate_patron
from .sessions import create_session, destroy_session

bp = Blueprint("patron_login", __name__)

SESSION_COOKIE = "opac_sid"
SESSION_TTL = timedelta(hours=8)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("account/login.html")

    barcode = request.form.get("barcode", "").strip()
    pin = request.form.get("pin", "")
    patron = authenticate_patron(barcode, pin)
    if patron is None:
        flash("Card number or PIN not recognised.")
        return render_template("account/login.html"), 401

    sid = secrets.token_urlsafe(32)
    create_session(sid, patron.id, ttl=SESSION_TTL)
    resp = redirect(url_for("account.dashboard"))
    resp.set_cookie(SESSION_COOKIE, sid, max_age=int(SESSION_TTL.total_seconds()), samesite="Lax")
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        destroy_session(sid)
    resp = redirect(url_for("catalogue.home"))
    resp.delete_cookie(SESSION_COOKIE)
    return resp
