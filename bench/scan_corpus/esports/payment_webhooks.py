"""Webhook receiver for the prize payout provider."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from payouts.service import mark_payout_failed, mark_payout_settled

bp = Blueprint("payout_webhooks", __name__, url_prefix="/webhooks/payouts")
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Payout-Signature"


def _expected_signature(body: bytes) -> str:
    secret = os.environ["PAYOUT_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/events")
def payout_event():
    body = request.get_data()
    received = request.headers.get(SIGNATURE_HEADER, "")
    if received != _expected_signature(body):
        log.info("rejected payout webhook with bad signature")
        abort(401)
    event = json.loads(body)
    kind = event.get("type")
    payout_id = event["data"]["payout_reference"]
    if kind == "payout.settled":
        mark_payout_settled(payout_id, settled_at=event["data"]["settled_at"])
    elif kind == "payout.failed":
        mark_payout_failed(payout_id, reason=event["data"].get("failure_reason", "unknown"))
    else:
        log.debug("ignoring payout event type %s", kind)
    return {"ok": True}
