"""'Manage my booking' pages: guests sign in with confirmation code + surname."""
import secrets

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from .booking_store import find_booking, load_booking
from .sessions import drop_session, lookup_session, store_session

bp = Blueprint("manage_booking", __name__, url_prefix="/manage-booking")

SESSION_COOKIE = "mb_session"
SESSION_TTL = 30 * 60


@bp.before_request
def load_guest_booking():
    token = request.cookies.get(SESSION_COOKIE)
    g.booking_id = lookup_session(token) if token else None


@bp.get("/")
def sign_in_form():
    return render_template("manage_booking/sign_in.html")


@bp.post("/")
def sign_in():
    booking = find_booking(request.form.get("code", ""), request.form.get("surname", ""))
    if booking is None:
        flash("We couldn't find a booking with those details.")
        return redirect(url_for(".sign_in_form"))
    token = secrets.token_urlsafe(32)
    store_session(token, booking.id, ttl=SESSION_TTL)
    resp = redirect(url_for(".overview"))
    resp.set_cookie(SESSION_COOKIE, token, max_age=SESSION_TTL, samesite="Lax")
    return resp


@bp.get("/overview")
def overview():
    if g.booking_id is None:
        return redirect(url_for(".sign_in_form"))
    return render_template("manage_booking/overview.html", booking=load_booking(g.booking_id))


@bp.post("/sign-out")
def sign_out():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        drop_session(token)
    resp = redirect(url_for(".sign_in_form"))
    resp.delete_cookie(SESSION_COOKIE)
    return resp
