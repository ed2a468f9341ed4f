"""Receives bookings pushed by partner travel agencies and liveaboards.

Partners post a signed JWT whose claims describe the booking; the claims
are turned into a provisional reservation on the requested boat trip.
"""
from __future__ import annotations

import logging
import os

import jwt
from flask import Flask, abort, jsonify, request

from .reservations import ReservationError, create_provisional_reservation

app = Flask(__name__)
log = logging.getLogger("partner_webhook")

PARTNER_AUDIENCE = os.environ.get("PARTNER_JWT_AUDIENCE", "bluereef-bookings")
KNOWN_PARTNERS = {"coral-travel", "deepblue-liveaboards", "island-hoppers"}


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def _read_claims(token: str) -> dict:
    try:
        return jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
    except jwt.InvalidTokenError:
        abort(401)


@app.post("/partners/bookings")
def receive_booking():
    claims = _read_claims(_bearer_token())
    partner = claims.get("iss")
    if partner not in KNOWN_PARTNERS:
        abort(403)
    booking = claims.get("booking") or {}
    try:
        reservation = create_provisional_reservation(
            partner=partner,
            trip_code=booking["trip_code"],
            divers=int(booking["divers"]),
            lead_name=booking["lead_name"],
            partner_ref=booking["partner_ref"],
        )
    except (KeyError, ValueError):
        abort(400)
    except ReservationError as exc:
        return jsonify(error=str(exc)), 409
    log.info("partner %s reserved %s for trip %s", partner, reservation.reference, booking["trip_code"])
    return jsonify(reference=reservation.reference, status="provisional"), 201
