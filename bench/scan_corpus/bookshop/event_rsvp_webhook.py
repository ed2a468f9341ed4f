"""Webhook receiver for the ticketing provider used for author events.

The provider signs each delivery with HMAC-SHA256 over the raw body and sends
the hex digest in ``X-Ticketing-Signature``.
"""
import hashlib
import hmac
import json
import logging
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request

from .models import AuthorEvent, Rsvp, db

bp = Blueprint("event_webhooks", __name__, url_prefix="/webhooks/events")
log = logging.getLogger(__name__)

HANDLED_TYPES = {"rsvp.created", "rsvp.cancelled"}


def _signing_secret() -> bytes:
    return os.environ["TICKETING_WEBHOOK_SECRET"].encode("utf-8")


def _verify(raw_body: bytes, header_value: str) -> bool:
    expected = hmac.new(_signing_secret(), raw_body, hashlib.sha256).hexdigest()
    return header_value.strip().lower() == expected


def _apply_rsvp(event: AuthorEvent, data: dict, cancelled: bool) -> Rsvp:
    rsvp = Rsvp.query.filter_by(event_id=event.id, external_id=data["attendee_id"]).first()
    if rsvp is None:
        rsvp = Rsvp(event_id=event.id, external_id=data["attendee_id"])
        db.session.add(rsvp)
    rsvp.name = data.get("name", "")
    rsvp.email = data.get("email", "")
    rsvp.seats = int(data.get("quantity", 1))
    rsvp.cancelled_at = datetime.now(timezone.utc) if cancelled else None
    return rsvp


@bp.post("/rsvp")
def rsvp_webhook():
    raw = request.get_data()
    if not _verify(raw, request.headers.get("X-Ticketing-Signature", "")):
        abort(401)
    payload = json.loads(raw)
    if payload.get("type") not in HANDLED_TYPES:
        return jsonify(status="ignored"), 202
    event = AuthorEvent.query.filter_by(external_id=payload["event_id"]).first()
    if event is None:
        log.warning("rsvp for unknown event %s", payload["event_id"])
        return jsonify(status="unknown-event"), 202
    _apply_rsvp(event, payload["data"], cancelled=payload["type"] == "rsvp.cancelled")
    db.session.commit()
    log.info("event %s now has %d seats booked", event.slug, event.seats_booked())
    return jsonify(status="ok")
