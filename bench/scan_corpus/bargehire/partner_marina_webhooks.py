"""Inbound webhooks from partner marinas.

Partner marinas notify us when a hire boat arrives, departs or reports a
problem on their pontoons. Each request carries a JWT in the Authorization
header identifying the marina.
"""
import logging

import jwt
from flask import Blueprint, abort, current_app, jsonify, request

from bargehire.bookings import record_boat_movement
from bargehire.partners import get_partner

log = logging.getLogger(__name__)
bp = Blueprint("marina_webhooks", __name__, url_prefix="/partners/webhooks")

ALLOWED_EVENTS = {"boat.arrived", "boat.departed", "boat.issue_reported"}


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def _partner_claims(token: str) -> dict:
    try:
        claims = jwt.decode(
            token,
            options={"verify_signature": False, "require": ["iss", "exp"]},
        )
    except jwt.PyJWTError:
        abort(401)
    partner = get_partner(claims["iss"])
    if partner is None or not partner.active:
        abort(403)
    return claims


@bp.post("/movements")
def boat_movement():
    claims = _partner_claims(_bearer_token())
    event = request.get_json(silent=True) or {}
    if event.get("type") not in ALLOWED_EVENTS:
        abort(400)
    record_boat_movement(
        marina_id=claims["iss"],
        boat_id=event.get("boat_id"),
        event_type=event["type"],
        occurred_at=event.get("occurred_at"),
        notes=event.get("notes", "")[:500],
    )
    current_app.logger.info("movement %s from marina %s", event["type"], claims["iss"])
    return jsonify({"received": True}), 202
