"""Webhook receiver for purchase notifications from the payment provider."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .entitlements import grant_entitlement, revoke_entitlement

bp = Blueprint("store_webhooks", __name__, url_prefix="/webhooks")
log = logging.getLogger(__name__)

HANDLED_EVENTS = {"purchase.completed", "purchase.refunded", "purchase.chargeback"}


def _webhook_secret() -> bytes:
    return os.environ["STORE_WEBHOOK_SECRET"].encode()


@bp.post("/store")
def store_event():
    body = request.get_data()
    sent = request.headers.get("X-Store-Signature", "")
    expected = hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    if sent != expected:
        log.warning("rejected store webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 200

    data = event["data"]
    if kind == "purchase.completed":
        grant_entitlement(data["player_id"], data["sku"], data["transaction_id"])
    else:
        revoke_entitlement(data["player_id"], data["sku"], reason=kind)
    log.info("processed %s for transaction %s", kind, data["transaction_id"])
    return jsonify(status="ok"), 200
