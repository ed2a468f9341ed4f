"""Self-service kiosk sign-in: customers check loan balances and pay interest."""
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, make_response, redirect, render_template, request, url_for

bp = Blueprint("kiosk", __name__, url_prefix="/kiosk")

SESSION_TTL = timedelta(minutes=10)
COOKIE_NAME = "kiosk_sid"


def _sessions():
    return current_app.extensions["kiosk_sessions"]


@bp.get("/login")
def login_form():
    return render_template("kiosk/login.html")


@bp.post("/login")
def login():
    ticket_no = request.form.get("ticket_no", "").strip()
    pin = request.form.get("pin", "").strip()
    customer = _sessions().authenticate(ticket_no, pin)
    if customer is None:
        return render_template("kiosk/login.html", error="Ticket number or PIN not recognised"), 401

    sid = secrets.token_urlsafe(32)
    _sessions().open(sid, customer.id, ttl=SESSION_TTL)
    resp = make_response(redirect(url_for("kiosk.balance")))
    resp.set_cookie(COOKIE_NAME, sid, max_age=int(SESSION_TTL.total_seconds()), samesite="Lax")
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(COOKIE_NAME)
    if sid:
        _sessions().close(sid)
    resp = make_response(redirect(url_for("kiosk.login_form")))
    resp.delete_cookie(COOKIE_NAME)
    return resp
