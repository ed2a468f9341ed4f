"""Fitting appointments: booking, and the 'manage my booking' link.

When a client books a fitting, they get an e-mail with a link carrying a
token that lets them reschedule or cancel without logging in.
"""
from __future__ import annotations

import datetime as dt
import random
import string

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import FittingAppointment, db_session
from .mail import send_booking_email

bp = Blueprint("fittings", __name__, url_prefix="/fittings")

TOKEN_ALPHABET = string.ascii_letters + string.digits
SLOT_MINUTES = 45


def _manage_token(length: int = 24) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


@bp.post("/book")
def book_fitting():
    payload = request.get_json(silent=True) or {}
    try:
        starts_at = dt.datetime.fromisoformat(payload["starts_at"])
        client_id = int(payload["client_id"])
    except (KeyError, ValueError):
        abort(400)

    session: Session = db_session()
    clash = session.execute(
        select(FittingAppointment).where(
            FittingAppointment.starts_at < starts_at + dt.timedelta(minutes=SLOT_MINUTES),
            FittingAppointment.ends_at > starts_at,
            FittingAppointment.cancelled.is_(False),
        )
    ).first()
    if clash is not None:
        return jsonify(error="That slot has just been taken."), 409

    appointment = FittingAppointment(
        client_id=client_id,
        starts_at=starts_at,
        ends_at=starts_at + dt.timedelta(minutes=SLOT_MINUTES),
        kind=payload.get("kind", "first_fitting"),
        manage_token=_manage_token(),
    )
    session.add(appointment)
    session.commit()

    link = f"{current_app.config['PUBLIC_BASE_URL']}/fittings/manage/{appointment.manage_token}"
    send_booking_email(client_id, appointment, link)
    return jsonify(id=appointment.id, starts_at=appointment.starts_at.isoformat()), 201


@bp.post("/manage/<token>/cancel")
def cancel_fitting(token: str):
    session: Session = db_session()
    appointment = session.execute(
        select(FittingAppointment).where(FittingAppointment.manage_token == token)
    ).scalar_one_or_none()
    if appointment is None or appointment.cancelled:
        abort(404)
    appointment.cancelled = True
    session.commit()
    return jsonify(status="cancelled")
