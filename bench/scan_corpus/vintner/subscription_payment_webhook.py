"""Receives payment events for wine club subscriptions from the card processor.

The processor signs each delivery with an HMAC-SHA256 of the raw body using the
endpoint's shared secret; events renew, pause or cancel club memberships.
"""

import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from vintner.club.billing import apply_payment_event

bp = Blueprint("club_payments", __name__, url_prefix="/webhooks/payments")
logger = logging.getLogger(__name__)


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/club")
def club_payment_event():
    body = request.get_data()
    provided = request.headers.get("X-Signature-SHA256", "")
    expected = _expected_signature(body)
    if not provided or provided != expected:
        abort(401)

    event = json.loads(body)
    event_type = event.get("type")
    if event_type not in {"invoice.paid", "invoice.failed", "subscription.cancelled"}:
        logger.info("ignoring payment event type %s", event_type)
        return "", 204

    apply_payment_event(
        event_type=event_type,
        subscription_ref=event["data"]["subscription_ref"],
        amount_pence=event["data"].get("amount", 0),
    )
    return "", 204
