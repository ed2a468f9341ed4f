"""Views for the member-facing class booking site."""
from __future__ import annotations

from datetime import timedelta

from flask import (
    Blueprint,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)

from booking.auth import authenticate_member, issue_session_token, member_from_request
from booking.models import ClassSlot, db
from booking.services import BookingError, book_slot, cancel_booking

bp = Blueprint("booking", __name__)

SESSION_TTL = timedelta(days=14)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("booking/login.html")
    member = authenticate_member(request.form["email"], request.form["password"])
    if member is None:
        flash("Email or password is incorrect.")
        return redirect(url_for("booking.login"))
    token = issue_session_token(member, ttl=SESSION_TTL)
    resp = redirect(url_for("booking.timetable"))
    resp.set_cookie("member_session", token, max_age=int(SESSION_TTL.total_seconds()))
    return resp


@bp.get("/timetable")
def timetable():
    member = member_from_request(request)
    week = request.args.get("week", type=int, default=0)
    slots = ClassSlot.for_week(week, club_id=member.home_club_id if member else None)
    return render_template("booking/timetable.html", slots=slots, member=member)


@bp.post("/slots/<int:slot_id>/book")
def book(slot_id: int):
    member = member_from_request(request)
    if member is None:
        return redirect(url_for("booking.login"))
    slot = db.session.get(ClassSlot, slot_id)
    if slot is None:
        flash("That class no longer exists.")
        return redirect(url_for("booking.timetable"))
    try:
        book_slot(member, slot)
        flash(f"Booked {slot.class_name} at {slot.starts_at:%H:%M}.")
    except BookingError as exc:
        flash(str(exc))
    return redirect(url_for("booking.timetable"))


@bp.post("/bookings/<int:booking_id>/cancel")
def cancel(booking_id: int):
    member = member_from_request(request)
    if member is None:
        return redirect(url_for("booking.login"))
    cancel_booking(member, booking_id)
    return redirect(url_for("booking.timetable"))


@bp.post("/logout")
def logout():
    resp = redirect(url_for("booking.login"))
    resp.delete_cookie("member_session")
    return resp
