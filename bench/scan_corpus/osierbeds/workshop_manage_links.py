"""Manage-booking links for school workshops.

After a school books a willow-weaving or living-willow workshop, the
contact teacher receives a link that lets them change pupil numbers or
cancel. The link token is the only credential, so it is long and random.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import select

from osierbeds.db import db
from osierbeds.mail import send_template
from osierbeds.models import ManageLink, WorkshopBooking

bp = Blueprint("workshop_manage", __name__, url_prefix="/workshops/manage")

LINK_LIFETIME = timedelta(days=120)
MAX_PUPILS = 34


def new_manage_token() -> str:
    return secrets.token_urlsafe(32)


def send_manage_link(booking: WorkshopBooking) -> None:
    link = ManageLink(
        booking_id=booking.id,
        token=new_manage_token(),
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    db.session.add(link)
    db.session.commit()
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    send_template(
        to=booking.contact_email,
        template="workshop_manage_link",
        context={"school": booking.school, "url": f"{base}/workshops/manage/{link.token}"},
    )


def _booking_for(token: str) -> WorkshopBooking:
    link = db.session.scalars(select(ManageLink).where(ManageLink.token == token)).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    booking = db.session.get(WorkshopBooking, link.booking_id)
    if booking is None or booking.cancelled_at is not None:
        abort(404)
    return booking


@bp.post("/<token>/pupils")
def change_pupils(token: str):
    booking = _booking_for(token)
    pupils = (request.get_json(silent=True) or {}).get("pupils")
    if not isinstance(pupils, int) or not 1 <= pupils <= MAX_PUPILS:
        return jsonify({"error": f"pupils must be between 1 and {MAX_PUPILS}"}), 400
    booking.pupils = pupils
    db.session.commit()
    return jsonify({"booking": booking.id, "pupils": pupils})


@bp.post("/<token>/cancel")
def cancel(token: str):
    booking = _booking_for(token)
    booking.cancelled_at = datetime.now(timezone.utc)
    db.session.commit()
    return jsonify({"booking": booking.id, "cancelled": True})
