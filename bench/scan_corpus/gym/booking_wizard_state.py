"""Multi-step class booking wizard.

Step 1 picks the class, step 2 the spot on the floor plan, step 3 confirms
and charges any drop-in fee. State between steps travels in a cookie so the
wizard works across the load-balanced web nodes without sticky sessions.
"""
import base64

import jsonpickle
from flask import Blueprint, redirect, render_template, request, url_for

from .booking import BookingDraft, confirm_booking

bp = Blueprint("booking_wizard", __name__, url_prefix="/book")
COOKIE = "bk_wizard"


def _load_draft() -> BookingDraft:
    raw = request.cookies.get(COOKIE)
    if not raw:
        return BookingDraft()
    return jsonpickle.decode(base64.urlsafe_b64decode(raw).decode("utf-8"))


def _save_draft(resp, draft: BookingDraft):
    encoded = base64.urlsafe_b64encode(jsonpickle.encode(draft).encode("utf-8")).decode()
    resp.set_cookie(COOKIE, encoded, max_age=1800, secure=True, httponly=True, samesite="Lax")
    return resp


@bp.route("/class", methods=["GET", "POST"])
def pick_class():
    draft = _load_draft()
    if request.method == "POST":
        draft.class_session_id = int(request.form["class_session_id"])
        return _save_draft(redirect(url_for(".pick_spot")), draft)
    return render_template("booking/class.html", draft=draft)


@bp.route("/spot", methods=["GET", "POST"])
def pick_spot():
    draft = _load_draft()
    if request.method == "POST":
        draft.spot = request.form["spot"]
        return _save_draft(redirect(url_for(".confirm")), draft)
    return render_template("booking/spot.html", draft=draft)


@bp.route("/confirm", methods=["GET", "POST"])
def confirm():
    draft = _load_draft()
    if request.method == "POST":
        booking = confirm_booking(draft)
        resp = redirect(url_for("bookings.detail", booking_id=booking.id))
        resp.delete_cookie(COOKIE)
        return resp
    return render_template("booking/confirm.html", draft=draft)
