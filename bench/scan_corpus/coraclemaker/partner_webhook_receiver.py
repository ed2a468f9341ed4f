"""Receive booking events pushed by the partner booking API.

Partners (hostels, activity aggregators) push ``booking.created`` and
``booking.cancelled`` events for the river trips they sell.  Each request is
signed with HMAC-SHA256 over the raw body using a per-partner shared secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from .extensions import db
from .models import Partner, TripBooking

log = logging.getLogger(__name__)
bp = Blueprint("partner_webhooks", __name__, url_prefix="/hooks/partners")


def _signature_for(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


@bp.post("/<slug>/events")
def receive(slug: str):
    partner = Partner.query.filter_by(slug=slug, active=True).first()
    if partner is None:
        abort(404)
    body = request.get_data(cache=False)
    signature = request.headers.get("X-Partner-Signature", "")
    expected = _signature_for(partner.webhook_secret, body)
    if signature != expected:
        log.warning("rejected webhook for partner %s: bad signature", slug)
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    data = event.get("data", {})
    if kind == "booking.created":
        db.session.add(
            TripBooking(
                partner_id=partner.id,
                partner_ref=data["reference"],
                trip_date=data["trip_date"],
                paddlers=int(data["paddlers"]),
                lead_name=data.get("lead_name", ""),
            )
        )
    elif kind == "booking.cancelled":
        booking = TripBooking.query.filter_by(
            partner_id=partner.id, partner_ref=data["reference"]
        ).first()
        if booking is not None:
            booking.status = "cancelled"
    else:
        current_app.logger.info("ignoring partner event type %s", kind)
        return "", 204
    db.session.commit()
    return "", 204
