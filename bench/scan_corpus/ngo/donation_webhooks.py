"""Webhook receiver for the online giving platform.

The platform posts an event for every completed, refunded or disputed
donation. We record it and queue a thank-you / Gift Aid check.
"""
import hashlib
import hmac
import json
import logging
import time

from flask import Blueprint, abort, current_app, jsonify, request

from .models import Donation, db
from .tasks import queue_gift_aid_check, queue_thank_you

bp = Blueprint("donation_webhooks", __name__)
log = logging.getLogger(__name__)

MAX_CLOCK_SKEW = 300
HANDLED_EVENTS = {"donation.completed", "donation.refunded", "donation.disputed"}


def _expected_signature(body: bytes, timestamp: str) -> str:
    secret = current_app.config["GIVING_WEBHOOK_SECRET"].encode("utf-8")
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


def _check_request() -> dict:
    signature = request.headers.get("X-Giving-Signature", "")
    timestamp = request.headers.get("X-Giving-Timestamp", "")
    if not signature or not timestamp.isdigit():
        abort(400)
    if abs(time.time() - int(timestamp)) > MAX_CLOCK_SKEW:
        abort(400)
    if signature != _expected_signature(request.get_data(), timestamp):
        abort(401)
    return json.loads(request.get_data())


@bp.post("/webhooks/giving")
def giving_event():
    event = _check_request()
    kind = event.get("type")
    if kind not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 200

    data = event["data"]
    donation = Donation.query.filter_by(external_id=data["id"]).one_or_none()
    if donation is None:
        donation = Donation(external_id=data["id"])
        db.session.add(donation)

    donation.amount_pence = int(data["amount"])
    donation.currency = data.get("currency", "GBP")
    donation.status = kind.split(".", 1)[1]
    donation.donor_email = data.get("donor", {}).get("email")
    db.session.commit()

    if kind == "donation.completed":
        queue_thank_you.delay(donation.id)
        queue_gift_aid_check.delay(donation.id)
    log.info("Recorded %s for donation %s", kind, donation.id)
    return jsonify(status="ok"), 200
