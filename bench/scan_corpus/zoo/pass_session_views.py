"""Quick-entry session for annual pass holders at the gate kiosks (Flask)."""

import os
import secrets
from datetime import timedelta

from flask import Blueprint, abort, make_response, redirect, render_template, request, url_for

from passes.kiosk import lookup_pass, store_kiosk_session

bp = Blueprint("pass_session", __name__, url_prefix="/kiosk")

COOKIE_NAME = "kiosk_pass"
SESSION_TTL = timedelta(minutes=int(os.environ.get("KIOSK_SESSION_MINUTES", "10")))


@bp.get("/")
def start():
    return render_template("kiosk/scan.html")


@bp.get("/welcome")
def welcome():
    return render_template("kiosk/welcome.html")


@bp.post("/scan")
def scan():
    barcode = request.form.get("barcode", "").strip()
    annual_pass = lookup_pass(barcode)
    if annual_pass is None or not annual_pass.is_valid_today():
        abort(404)

    token = secrets.token_urlsafe(32)
    store_kiosk_session(token, annual_pass.id, ttl=SESSION_TTL)

    response = make_response(redirect(url_for("pass_session.welcome")))
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Strict",
        path="/kiosk",
    )
    return response


@bp.post("/logout")
def logout():
    response = make_response(redirect(url_for("pass_session.start")))
    response.delete_cookie(COOKIE_NAME, path="/kiosk", secure=True, httponly=True, samesite="Strict")
    return response
